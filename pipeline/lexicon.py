"""Fixed vocabularies: index cues, component names, group names, claim prefilter.

Kept apart from the claim rules so annotators' decisions (tests/gold/GUIDELINES.md §4–§6) live in one
place. All patterns run on lower-cased normalised text.
"""

from __future__ import annotations

import re
from functools import lru_cache

# --- prefilter: a sentence can hold a claim only if one of these occurs -------------------------
PREFILTER = re.compile(
    r"\d|dẫn đầu|đứng đầu|quán quân|thứ (?:nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|\btop\b|cuối|bậc|hạng|vị trí|xếp sau|đứng sau|tiếp theo|lần lượt|giữ nguyên|liền sau|ngay sau|kế đó|kế sau|tiếp đến|kế tiếp|theo sau|từ trên xuống|"
    r"ngôi|quán quân|á quân|xếp đầu|không đổi|không thay đổi|(?:^|[,;:]\s)sau\s|cao nhất|về nhất|nhất bảng|về nhì|cạnh tranh nhất|tiếp đó|sau đó là|"
    r"sáng tạo nhất|nhóm đầu|tốt nhất",
)

# --- index cues (weight, pattern) ----------------------------------------------------------------
# The Vietnam ICT Index by its Vietnamese name, in the orders and abbreviations the press writes it:
# "sẵn sàng cho phát triển và ứng dụng CNTT-TT", "mức độ sẵn sàng ứng dụng CNTT", "sẵn sàng ứng dụng và phát triển".
ICT_READINESS = (
    r"sẵn sàng (?:cho )?(?:phát triển|ứng dụng)(?: và (?:phát triển|ứng dụng))?(?= (?:cntt|công nghệ thông tin|ict))"
    r"|sẵn sàng cho phát triển và ứng dụng"
)
INDEX_CUES: dict[str, list[tuple[int, re.Pattern[str]]]] = {
    "dti": [
        (3, re.compile(r"\bdti\b|chỉ số chuyển đổi số|xếp hạng (?:về |mức độ )?chuyển đổi số|chỉ số cđs\b|\bcđs cấp (?:tỉnh|bộ)")),
        (1, re.compile(r"chuyển đổi số")),
    ],
    "ict_index": [
        (3, re.compile(r"vietnam ict index|" + ICT_READINESS + r"|chỉ số sẵn sàng|it industry index|"
                       r"chỉ số sản xuất\s*(?:[-–,]\s*)?kinh doanh (?:cntt|công nghệ thông tin)")),
        (2, re.compile(r"\bict[- ]index\b")),
    ],
    "ict_application": [
        (3, re.compile(r"mức độ ứng dụng (?:cntt|công nghệ thông tin)|phát triển chính phủ điện tử")),
        (2, re.compile(r"ứng dụng (?:cntt|công nghệ thông tin)")),
    ],
    "egdi": [
        (3, re.compile(r"\begdi\b|liên (?:hợp|hiệp) quốc|\bun\b|e-government|quốc gia|châu á")),
    ],
    "other": [
        (5, re.compile(r"par[- ]?index|\bpci\b|\bpapi\b|\bsipas\b|\bidi\b|\bitu\b|\bgii\b|cải cách hành chính|chỉ số cchc|(?:về|xếp hạng) cchc\b|"
                       r"(?:năng lực|chỉ số) cạnh tranh|(?<!trung tâm )đổi mới sáng tạo|hài lòng|phát triển ict|liên minh viễn thông|thịnh vượng|"
                       r"an toàn thông tin toàn cầu|an ninh mạng toàn cầu|(?:chỉ số|xếp hạng|về) an ninh mạng|\bgci\b|\bnri\b|sẵn sàng (?:cho )?(?:ai|trí tuệ nhân tạo)|"
                       r"(?:chỉ số|về|xếp hạng) thương mại điện tử|\bb2c\b|\bpii\b|\bpgi\b|chỉ số xanh|startupblink|"
                       r"(?:xếp hạng|chỉ số) hệ sinh thái khởi nghiệp|hệ sinh thái khởi nghiệp (?:của|toàn cầu)|"
                       r"chất lượng cuộc sống số|surfshark|\bebi\b|\bunctad\b|\bwipo\b|hiệu quả quản trị|legatum|\bwef\b|\bimd\b|"
                       # rankings of provinces and countries beyond the digital ones that the press writes beside them
                       r"\bpepi\b|(?:chỉ số|kết quả) bảo vệ môi trường|\blpi\b|\blci\b|"
                       r"(?:chỉ số|xếp hạng|năng lực|hiệu quả) logistics|(?:chỉ số|báo cáo) phát triển con người|\bhdi\b|"
                       r"(?:chỉ số|báo cáo) hạnh phúc|chất lượng phục vụ người dân|bộ chỉ số chỉ đạo, điều hành|"
                       r"(?:chỉ số|báo cáo) phát triển bền vững|\bsdg index\b|chỉ số vốn nhân lực|doing business|"
                       r"(?:chỉ số|xếp hạng) môi trường kinh doanh|"
                       # world reports on governance and society, named by their Vietnamese names or their makers
                       r"cảm nhận tham nhũng|minh bạch quốc tế|transparency international|\bcpi\b|thượng tôn pháp luật|\bwjp\b|"
                       r"(?:chỉ số|xếp hạng) (?:hòa bình|tự do kinh tế|quyền lực mềm|tự do báo chí)|"
                       r"(?:chỉ số|báo cáo|xếp hạng) tự do internet|freedom on the net|freedom house|"
                       r"giải thưởng thành phố thông minh|smart city award|"
                       # world indices by their English names and by what they measure
                       r"(?:chỉ số|xếp hạng|bảng xếp hạng)(?: sức mạnh)? hộ chiếu|passport index|\bglobal [a-z ]{2,40}index\b|"
                       # ("Chỉ số Tiếp nhận Tiền mã hóa Toàn cầu 2024": a "global … index" in Vietnamese words, named with its edition)
                       r"chỉ số (?:[^\s,.;:()\d]+ ){1,6}toàn cầu(?=[”\"]?\s+(?:năm\s+)?(?:19|20)\d\d)|"
                       r"chuyển đổi năng lượng|energy transition")),
    ],
    "local": [
        (3, re.compile(r"trên địa bàn (?:tỉnh|thành phố)|các cơ quan, địa phương|sở, ban, ngành|quận, huyện|"
                       r"xã, phường|phường, xã|xã, thị trấn|thị trấn, xã|huyện, thị xã|huyện, thành phố|các (?:xã|huyện)\b|"
                       r"cấp (?:xã|huyện|sở)\b|\bddci\b")),  # (DDCI: always a province's own ranking)
    ],
}

# Words that name the UN e-government survey itself (the "egdi" cues above also count weaker hints such
# as "quốc gia", which every ranking of countries uses).
EGDI_SPECIFIC = re.compile(
    r"\begdi\b|chính phủ điện tử|chính phủ số|liên (?:hợp|hiệp) quốc|e-government|\bdesa\b|dịch vụ công trực tuyến \(osi\)"
)

# The UN survey named as a ranking (what EGDI_SPECIFIC's topic words alone do not settle)
EGDI_NAMED = re.compile(
    r"\begdi\b|liên (?:hợp|hiệp) quốc|\blhq\b|\bun\b|e-government|\bdesa\b|\bosi\b|"
    r"(?<![\w])(?:chỉ số|hạng|khảo sát|báo cáo|mức độ|về)\s+(?:phát triển\s+)?chính phủ (?:điện tử|số)"
)

# What is measured decides (GUIDELINES §4): "(ICT Index)" next to "mức độ ứng dụng CNTT" is ict_application.
ICT_APPLICATION_OVERRIDES = re.compile(r"mức độ ứng dụng (?:cntt|công nghệ thông tin)|phát triển chính phủ điện tử")


@lru_cache(maxsize=4096)
def _index_scores(text_lower: str) -> tuple[tuple[str, int], ...]:
    return tuple(_count_cues(text_lower).items())


def index_scores(text_lower: str) -> dict[str, int]:
    """Weighted cue counts per index for a stretch of lower-cased text (cached: sentences and paragraphs
    are scored again for every claim in them)."""
    return dict(_index_scores(text_lower))


def _count_cues(text_lower: str) -> dict[str, int]:
    scores: dict[str, int] = {}
    for index, cues in INDEX_CUES.items():
        total = 0
        for weight, pattern in cues:
            total += weight * len(pattern.findall(text_lower))
        if total:
            scores[index] = total
    if (
        "ict_index" in scores
        and "ict_application" in scores
        and ICT_APPLICATION_OVERRIDES.search(text_lower)
        and not re.search(r"vietnam ict index|sẵn sàng", text_lower)
    ):
        scores["ict_application"] += scores.pop("ict_index")
    return scores


BARE_APPLICATION = "ứng dụng cntt?"
BARE_INDUSTRY = "công nghiệp cntt?"
BARE_HUMAN = "nhân lực?"

# --- components (GUIDELINES §5) --------------------------------------------------------------------
COMPONENTS: list[tuple[re.Pattern[str], str]] = [
    # DTI sub-indices from 2022, before the pillars whose names they contain
    (re.compile(r"hoạt động chính quyền số"), "hoạt động chính quyền số"),
    (re.compile(r"hoạt động kinh tế số"), "hoạt động kinh tế số"),
    (re.compile(r"hoạt động xã hội số"), "hoạt động xã hội số"),
    # "xã hội kỹ thuật số" is the same pillar in a longer word
    (re.compile(r"chính quyền (?:kỹ thuật )?số"), "chính quyền số"),
    (re.compile(r"kinh tế (?:kỹ thuật )?số"), "kinh tế số"),
    (re.compile(r"xã hội (?:kỹ thuật )?số"), "xã hội số"),
    (re.compile(r"(?:thể|thiết) chế số"), "thể chế số"),
    (re.compile(r"nhận thức số"), "nhận thức số"),
    (re.compile(r"hạ tầng số"), "hạ tầng số"),
    (re.compile(r"nhân lực số"), "nhân lực số"),
    (re.compile(r"an toàn thông tin(?: mạng)?"), "an toàn thông tin mạng"),
    (re.compile(r"hạ tầng kỹ thuật"), "hạ tầng kỹ thuật"),
    # "Về hạ tầng CNTT-TT, Hà Nội …" in an ICT Index report: the technical infrastructure pillar by its long name
    (re.compile(r"hạ tầng (?:cntt|công nghệ thông tin)(?:\s*[-–]\s*tt|\s+và truyền thông)"), "hạ tầng kỹ thuật"),
    (re.compile(r"hạ tầng nhân lực|nhân lực cho ứng dụng|nguồn nhân lực cntt"), "hạ tầng nhân lực"),
    # (not the ranking's own name: "mức độ ứng dụng CNTT trong hoạt động của cơ quan nhà nước")
    (re.compile(r"(?<!mức độ )ứng dụng (?:cntt|công nghệ thông tin) trong (?:hoạt động(?: nội bộ)?(?! của (?:các )?cơ quan nhà nước)|nội bộ)"),
     "ứng dụng cntt"),
    # the ICT-application ranking's pillars by their short names (2010–2012 reports): "Về ứng dụng nội bộ",
    # "xếp hạng về cung cấp thông tin" (on the portals); a bare "cung cấp thông tin" is only a verb
    (re.compile(r"ứng dụng nội bộ"), "ứng dụng cntt"),
    # (or at the start of a phrase cut after such a word)
    (re.compile(r"(?:(?<=về )|(?<=chỉ số )|(?<=mức độ )|^)cung cấp thông tin(?! cho)"), "cổng thông tin điện tử"),
    (re.compile(r"sản xuất\s*(?:[-–,]\s*)?kinh doanh (?:cntt|công nghệ thông tin)|công nghiệp (?:cntt|công nghệ thông tin)"),
     "công nghiệp cntt"),
    # Bare "sản xuất kinh doanh: 0,41" beside the other ICT Index pillars (COMPONENT_BARE resolves it per index)
    (re.compile(r"sản xuất\s*(?:[-–,]\s*)?kinh doanh(?=\s*[:,])"), BARE_INDUSTRY),
    # Not a portal's own dateline: "Cổng thông tin điện tử tỉnh Quảng Ngãi – Theo kết quả …" names the outlet.
    (re.compile(r"(?:trang/)?cổng thông tin điện tử(?!\s+(?:tỉnh|thành phố|tp\.?|bộ|sở|huyện)\s[^–—.;]{1,40}?\s[–—-]\s)"),
     "cổng thông tin điện tử"),
    # Bare "ứng dụng CNTT" is a component only in the ICT Index (elsewhere it names the index itself).
    # (not inside the ICT Index's own name: "sẵn sàng cho phát triển và ứng dụng công nghệ thông tin …")
    (re.compile(r"(?<!phát triển và )(?<!sẵn sàng cho )ứng dụng (?:cntt|công nghệ thông tin)(?![\w-])"), BARE_APPLICATION),
    # "chỉ số ứng dụng là 0,5000" beside the other ICT Index pillars
    (re.compile(r"(?<=chỉ số )ứng dụng(?=\s+(?:là|đạt|:)\s)|ứng dụng(?=\s*:)"), BARE_APPLICATION),
    # ("bộ, ngành có (cung cấp) dịch vụ công trực tuyến" names a block of ministries, not the pillar)
    (re.compile(r"(?<!có )(?<!có cung cấp )(?<!không cung cấp )(?:dịch vụ công trực tuyến|dịch vụ trực tuyến)"),
     "dịch vụ công trực tuyến"),
    # Bare "Nhân lực" in a list of pillars: the DTI's `nhân lực số` (COMPONENT_BARE resolves it per index)
    (re.compile(r"nhân lực(?!\s+(?:số|cntt|công nghệ|cho|chất lượng|trẻ|của|làm|trong|đã|là|được|có))(?=\s*(?:xếp|đứng|đạt|:|\(|,|$))"),
     BARE_HUMAN),
    # The UN survey's sub-indices (TII, HCI, EPI); components of `egdi` only (COMPONENT_INDEX)
    (re.compile(r"hạ tầng viễn thông|(?<![\w-])tii(?![\w-])"), "hạ tầng viễn thông"),
    # the other sub-indices by their abbreviations ("EPI của Việt Nam đạt 0,5753", "đứng thứ 4 về EPI")
    (re.compile(r"(?<![\w-])epi(?![\w-])"), "tham gia điện tử"),
    (re.compile(r"(?<![\w-])hci(?![\w-])"), "nguồn nhân lực"),
    (re.compile(r"(?<![\w-])osi(?![\w-])"), "dịch vụ công trực tuyến"),
    (re.compile(r"(?:chỉ số\s+)?(?:nguồn nhân lực|vốn con người)(?!\s+(?:cntt|công nghệ thông tin|số))"), "nguồn nhân lực"),
    (re.compile(r"(?:sự\s+)?tham gia điện tử|tham gia trực tuyến"), "tham gia điện tử"),
    (re.compile(r"cơ chế,? chính sách(?:,? và (?:các )?quy định cho ứng dụng (?:cntt|công nghệ thông tin))?|"
                r"môi trường\s*[-–]?\s*tổ chức\s*[-–,]?\s*chính sách"), "cơ chế chính sách"),
]
# A component phrase introduced by "về"/"ở" right after a claim, or "Về X," opening a sentence.
COMPONENT_ALT = "|".join(p.pattern for p, _ in COMPONENTS)
COMPONENT_AFTER = re.compile(
    r"\s*(?:(?:về|ở|trong|tại)\s+)?(?:các\s+)?(?:chỉ số|trụ cột|hạng mục|lĩnh vực|nhóm chỉ số|chỉ số thành phần)?\s*"
    r"(?:về\s+)?(?:cung cấp\s+)?(?P<comp>" + COMPONENT_ALT + ")"
)
COMPONENT_OPENING = re.compile(
    r"(?:^|[;,]\s*)(?:(?:riêng|về|ở|trong|đối với|với|xét về)\s+(?:các\s+)?(?:nhóm\s+)?(?:chỉ số|trụ cột|hạng mục|lĩnh vực)?\s*"
    r"(?:thành phần\s+)?(?:cung cấp\s+)?(?P<comp>"
    + COMPONENT_ALT
    + r")[^,;.]{0,25},|(?:trụ cột|chỉ số|hạng mục)\s+(?P<comp2>"
    + COMPONENT_ALT
    + r")\s+(?:có|thì))"
)
# Indices whose components are a closed list: the UN survey's sub-indices; other rankings get none
# (their pillars are not in the contract, GUIDELINES §5).
INDEX_COMPONENTS = {
    "egdi": {"dịch vụ công trực tuyến", "hạ tầng viễn thông", "nguồn nhân lực", "tham gia điện tử"},
    "other": set(),
}
# Components that exist in one index only: elsewhere the same words name no component.
COMPONENT_INDEX = {
    "hạ tầng viễn thông": "egdi", "nguồn nhân lực": "egdi", "tham gia điện tử": "egdi",
    "hoạt động chính quyền số": "dti", "hoạt động kinh tế số": "dti", "hoạt động xã hội số": "dti",
}


# The DTI's own pillars: no other ranking of provinces or ministries has them, so a place in one is a DTI place
# whatever other ranking the paragraph is about ("… PAPI …; các chỉ số thành phần gồm: Chính quyền số (xếp thứ 14)")
DTI_PILLARS = frozenset({"chính quyền số", "kinh tế số", "xã hội số", "thể chế số", "hạ tầng số", "nhận thức số"})


def component_for_index(component: str | None, index: str) -> str | None:
    """A component as the claim's index reads it: bare "ứng dụng CNTT" is a pillar of the ICT Index only
    (elsewhere it names the ICT-application ranking itself), and one index's sub-indices are nothing
    in another."""
    if component == BARE_APPLICATION:
        return "ứng dụng cntt" if index == "ict_index" else None
    if component == BARE_INDUSTRY:
        return "công nghiệp cntt" if index == "ict_index" else None
    if component == BARE_HUMAN or (component == "nguồn nhân lực" and index != "egdi"):
        # "Nguồn nhân lực xếp thứ 3/63" in a DTI article is its human-resources pillar
        return {"dti": "nhân lực số", "ict_index": "hạ tầng nhân lực", "ict_application": "hạ tầng nhân lực"}.get(index)
    if component in COMPONENT_INDEX and COMPONENT_INDEX[component] != index and not (
        index == "local" and COMPONENT_INDEX[component] == "dti"
    ):
        return None  # a province's DTI of its districts ("cấp huyện") has the national DTI's sub-indices
    if index in INDEX_COMPONENTS and component not in INDEX_COMPONENTS[index]:
        return None
    return component


OVERALL = re.compile(r"\s*(?:về|ở|trong)\s+(?:chỉ số\s+)?tổng thể")


def component_name(phrase_lower: str) -> str | None:
    """The fixed component name for a written pillar, or None."""
    for pattern, name in COMPONENTS:
        if pattern.match(phrase_lower):
            return name
    # Bare labels are pillars only where their context says so ("ứng dụng: 0,94"); a caller that found one
    # by COMPONENT_ALT in that context names it here without the context
    return _BARE_LABELS.get(re.sub(r"\s*[-–,]\s*|\s+", " ", phrase_lower.strip()))


_BARE_LABELS = {"ứng dụng": BARE_APPLICATION, "sản xuất kinh doanh": BARE_INDUSTRY, "cung cấp thông tin": "cổng thông tin điện tử"}


# --- groups (GUIDELINES §6) -------------------------------------------------------------------------
GROUP_REGION = re.compile(r"(?:khu vực\s+)?(châu á|đông nam á)")
NO_SERVICE = re.compile(r"không\s+(?:có\s+)?(?:cung cấp\s+)?dịch vụ công")
MERGED_34 = re.compile(r"34 (?:tỉnh|địa phương)|sau sắp xếp|sau sáp nhập|sau hợp nhất")
GROUP_NO_SERVICE = "bộ không cung cấp dịch vụ công"
GROUP_MERGED = "34 tỉnh, thành phố sau sắp xếp"
REGION_NAMES = {"châu á": "châu Á", "đông nam á": "Đông Nam Á", "asean": "Đông Nam Á"}
# Regions the contract has no group for (lower case): a place among them is no fact, a continent leading no body
UNLISTED_REGIONS = r"(?:châu mỹ|châu âu|châu phi|châu đại dương|bắc mỹ|nam mỹ|mỹ la-?tinh|trung đông|nam á|đông á|trung á|tây á)"

# Words that make a sentence a plan, not a result. "để" after a realised change is its result:
# "tăng 12 bậc để xếp thứ 28"; "6 tiêu chí để đánh giá, xếp hạng: …" is the assessment's purpose.
TARGET = re.compile(
    r"phấn đấu|mục tiêu|kỳ vọng|hướng tới|(?<!bộ )(?<!sở )kế hoạch(?! và đầu tư)|nhằm|đặt ra|quyết tâm|cố gắng|(?<!bậc )\bđể\b(?!\s+(?:đánh giá|xếp hạng|chấm điểm))|"
    r"dự kiến|sẽ\s|đưa .{0,30}vào"
)

# Field nouns after a count ("3 tỉnh", "10 địa phương", "17 bộ, ngành").
FIELD_NOUN = (
    r"(?:tỉnh/thành phố|tỉnh/thành|tỉnh/tp|tỉnh, thành phố|tỉnh, thành|tỉnh thành phố|tỉnh thành|tỉnh|thành phố|"
    r"địa phương|đơn vị|bộ, ngành|bộ, cơ quan|bộ ngành|bộ|ngành|cơ quan|quốc gia|nước|nền kinh tế|sở|quận|huyện|"
    r"xã, phường|xã(?! hội)|phường|thị trấn|thị xã)"
)
