"""Claim shapes found in one lower-cased sentence: what is claimed, not yet about whom.

Each finder returns `Cue`s with a span and the attribute values the wording gives. Who the claim is
about, and for which index/year, is decided later (pipeline/claims.py, pipeline/context.py): the
wording of a claim and its subject are independent in Vietnamese news ("A, B, C lần lượt ...",
"Xếp sau A là B"), so keeping them apart keeps each rule small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.lexicon import COMPONENT_ALT, FIELD_NOUN, component_name
from pipeline.numbers import NUMBER_WORDS, WORD_ALT, parse_int, parse_number

WORLD = "thế giới"  # a rank stated over the whole field, never a regional group
BRACKETED = "bracketed"  # a place in brackets right after the one name it belongs to
# "năm" before "ngoái", "nay" … is the word for year, not five ("xếp hạng năm ngoái")
NOT_A_YEAR_WORD = r"(?!\s+(?:ngoái|nay|trước|qua|tới)(?![\w]))"
ORD = rf"(?:\d{{1,3}}(?![\d]|[,.]\d)|(?:{WORD_ALT})(?![\w])(?!\s+\d{{4}}){NOT_A_YEAR_WORD})"


@dataclass
class Cue:
    """One claim wording in a sentence (offsets relative to the sentence)."""

    kind: str  # rank | leader | top | score | change | rank_list | score_list | next_list | bottom_list | pillar_list | pillar_scores
    start: int
    end: int
    rank: int | None = None
    rank_total: int | None = None
    top: int | None = None
    score: float | None = None
    rank_change: int | None = None
    group: str | None = None
    values: list = field(default_factory=list)  # ranks or scores for lists
    years: list[int] = field(default_factory=list)  # explicit years (negative = relative to the assessed year)
    subject_after: bool = False  # the subject follows the wording ("Sau hai lần dẫn đầu ..., Bộ Tài chính")
    field_noun: str | None = None  # "tỉnh", "bộ" ...: constrains the subject's type
    components: list[str] = field(default_factory=list)  # pillars of a respective list, in order
    versus: int | None = None  # a change's comparison year ("tăng 20 bậc so với năm 2021")
    previous_edition: bool = False  # a place in the edition before the one reported ("tăng 21 bậc, từ vị trí 145 …")
    used: bool = False


# A group left or only approached: "rời khỏi top 10", "bật khỏi nhóm", "tiến gần đến top 10".
_LEFT_OR_NEAR = re.compile(
    r"(?:rời|rời khỏi|ra khỏi|bật khỏi|văng khỏi|loại khỏi|rơi khỏi|tụt khỏi|mất|tiến gần(?: đến| tới)?|gần|sát|ngoài)\s*(?:(?:nhóm|top|tốp)\s*)?$"
)


_NEXT_HEADING = re.compile(r";\s*(?:về|ở)\s+(?:chỉ số\s+|trụ cột\s+)?(?P<comp>" + COMPONENT_ALT + r")\s*:")


def _ord(word: str) -> int | None:
    return parse_int(word)


# "xếp thứ 2", "đứng thứ 7", "xếp hạng thứ 86/193", "vị trí thứ 21/63", "xếp ở vị trí số 1", "hạng 36"
_RANK = re.compile(
    r"(?<![\w])(?P<cue>xếp hạng|xếp|đứng|giữ|hạng|vị trí|thứ hạng|lùi|tụt|rơi|vươn lên|nhảy lên|leo lên|lên|xuống|ngôi vị|về đích)"
    # ("Malaysia đứng hàng 18": "hàng" for "hạng", as older press writes it)
    # ("tụt 8 bậc xuống đứng 54": the place reached, after a verb of standing)
    r"(?:\s+(?:ở|tại|là|lên|xuống|(?:(?<=lên )|(?<=xuống ))(?:đứng|xếp)))?(?:\s+(?:vị trí|hạng|hàng|vị))?\s+(?:(?:thứ|số)\s+(?P<n>" + ORD + r")|(?P<d>\d{1,3})(?!\d|[,.]\d)"
    r"(?!\s+(?:bậc|hạng)(?![\w])))"  # "thăng hạng 2 bậc" is a change
    r"(?:\s*/\s*(?P<tot>\d{1,3})(?![\d/]))?"
)
_COUNTED_LEADING_GROUP = re.compile(
    r"\s+(?:các\s+)?" + FIELD_NOUN + r"\s+(?:[^\s,.;]+\s+){0,4}?(?:hàng đầu|dẫn đầu|đứng đầu|cao nhất|tốt nhất)(?![\w])"
)
# ("Indonesia vị trí 109, Campuchia xếp 127": a place of any wording before, the list goes on)
_PLACE_LIST_BEFORE = re.compile(r"(?:(?:xếp|đứng)\s+(?:thứ\s+|hạng\s+)?|(?<![\w])(?:vị trí|hạng|thứ)\s+)\d{1,3}\s*,\s*[^,;.]{2,40}$")
_POINTS_IN_BRACKET_AFTER = re.compile(r"\s*\(\s*\d{1,4}(?:[,.]\d{1,4})?\s*điểm\s*\)")
# "…thứ 21 trên 63 tỉnh", "trong 63 tỉnh, thành phố", "trên tổng số 63", "trong danh sách 163 quốc gia"
_TOTAL_AFTER = re.compile(
    r"^\s*(?:trên|trong|/)\s*(?:tổng số\s+|tổng\s+|bảng xếp hạng\s+|danh sách\s+|số\s+)?(?P<tot>\d{1,3})\s+(?:các\s+)?" + FIELD_NOUN
)
# "…, 24/47 châu Á và 6/11 Đông Nam Á"
_REGION_CONT = re.compile(r"^\s*(?:,|và|;)?\s*(?:đứng\s+|xếp\s+)?(?:thứ\s+)?(?P<n>\d{1,3})\s*/\s*(?P<tot>\d{1,3})\s+"
                          r"(?:(?:các )?(?:quốc gia|nước)\s+)?(?:ở\s+|tại\s+|trong\s+)?(?:khu vực\s+)?(?P<g>châu á|đông nam á|asean)")
# "; thứ ba về …", "và thứ ba"
# ("…, thứ 4/17 về hạ tầng nhân lực": a place of the list with its field)
_RANK_CONT = re.compile(
    r"(?<![\w])(?:xếp\s+|đứng\s+)?(?:hạng\s+)?thứ\s+(?P<n>" + ORD + r")(?![\w])(?:\s*/\s*(?P<tot>\d{1,3})(?![\d/,.]\d?))?"
)
# "Các vị trí từ thứ 6 đến thứ 10 lần lượt thuộc về A, B, …"
# ("Các nước đứng thứ 2 đến 10 trong top này là: …": a few words may stand between the span and its bodies)
_RANGE_LIST = re.compile(
    r"(?:vị trí|đứng|xếp)\s+(?:từ\s+)?(?:thứ\s+)?(?P<a>" + ORD + r")\s*(?:đến|tới|-|–)\s*(?:thứ\s+)?(?P<b>" + ORD + r")"
    r"(?:\s+(?!(?:bậc|hạng|điểm)(?![\w]))[^\s,.;:()]+){0,4}?\s+(?:lần lượt\s+)?(?:thuộc về|là)\s*:?"
)
# "Ngoài top 3, đứng ở các vị trí tiếp theo trong top 10 lần lượt là A, B …": the places after a top group, in order
_AFTER_THE_TOP = re.compile(
    r"(?<![\w])ngoài\s+(?:top|tốp|nhóm)\s+(?P<a>\d{1,2})\s*,?[^,.;:]{0,30}?(?:các\s+)?vị trí tiếp theo"
    r"(?:\s+(?:trong|của)\s+(?:top|tốp|nhóm)\s+(?P<b>\d{1,3}))?\s+(?:lần lượt\s+)?(?:là|thuộc về)\s*:?"
)
# "A, B và C xếp lần lượt từ vị trí thứ tư đến thứ sáu": the span of places, the bodies named before it
# ("Vương quốc Anh, Nhật Bản và Đức xếp thứ ba đến thứ năm": as many bodies as places, right before the span)
_RANGE_AFTER_NAMES = re.compile(
    r"(?:lần lượt\s+(?:ở\s+|từ\s+)|(?<=[^\W\d_])\s+(?:xếp|đứng)\s+(?:ở\s+)?(?:các\s+)?(?:vị trí\s+)?(?:từ\s+)?|"
    # ("A, B và C lần lượt giữ các vị trí từ thứ 2 đến thứ 4")
    r"lần lượt\s+(?:giữ|chiếm|nắm giữ)\s+(?:các\s+|những\s+)?(?:vị trí|thứ hạng)\s+(?:từ\s+)?)"
    r"(?:vị trí\s+)?(?:thứ\s+)?(?P<a>" + ORD + r")\s*(?:đến|tới|-|–)\s*(?:vị trí\s+)?(?:thứ\s+)?(?P<b>"
    + ORD + r")(?!\s*(?:bậc|hạng|điểm))"
)
# "A và B, từ vị trí 16 và 12 năm 2005 vượt lên …": the places the bodies left, in the edition named after them
_PLACES_LEFT_LIST = re.compile(
    r"(?<![\w])từ\s+(?:vị trí|thứ|hạng)\s+(?:thứ\s+)?(?P<list>\d{1,3}(?:\s*(?:và|,)\s*\d{1,3})+)\s*"
    r"(?:(?:của|vào|trong)\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?!\d)"
)
# "Đồng hạng 3 gồm các nước: A, B", "… gồm các quốc gia A, B": the list of the bodies that share a place
SHARED_PLACE_LIST = re.compile(
    r"\s*,?\s*(?:gồm|bao gồm|gồm có)\s*(?::|(?:các|những)\s+(?:quốc gia|nước|nền kinh tế|tỉnh|thành phố|địa phương)"
    r"(?:\s+[^\s:;.,\d]+){0,4}?\s*:|(?:các|những)\s+(?:quốc gia|nước|nền kinh tế|tỉnh|thành phố|địa phương)\s|"
    # ("Nhóm xếp thứ ba gồm nhiều quốc gia châu Âu như A, B": some of those who share it, named after "như")
    r"(?:nhiều|một số|các|những)\s+(?:quốc gia|nước|nền kinh tế|tỉnh|thành phố|địa phương)(?:\s+[^\s:;.,\d]+){0,3}?\s+(?=như\s))"
)
_RANKED_COUNT = re.compile(r"\s+(?:các\s+)?(?:quốc gia|nước|thành phố|nền kinh tế|đô thị)(?:\s+(?:trên|toàn)\s+(?:thế giới|cầu)|\s+(?:với|dựa|theo)\b)")
# "Xếp thứ 2 và 3 lần lượt là A và B"
_LIST_THEN_NAMES = re.compile(
    r"(?:(?:xếp|đứng|ở)\s+)?(?:các\s+)?(?:thứ|hạng|vị trí)\s+(?:thứ\s+)?(?P<list>" + ORD + r"(?:\s*(?:,|và|-)\s*(?:thứ\s+)?"
    # ("xếp thứ 2,3,4 là A, B và C": three small numbers with commas and no spaces are no decimal)
    + ORD + r")+|\d{1,2}(?:,\d{1,2}){2,}(?![\d,]))(?:\s+[^;.:()]{0,80}?)??\s+(?:lần lượt\s+)?(?:là|thuộc về)\s*:?"  # ("… trên bảng xếp hạng … lần lượt thuộc về")
)
# "xếp hạng nhất", "đứng hạng nhì"
_RANK_WORD = re.compile(
    # ("A và B đồng hạng tư": a shared place)
    r"(?<![\w])(?:(?:xếp|đứng|đạt|giành|được đánh giá|được xếp|đồng)\s+hạng\s+(?P<n>" + WORD_ALT + r")(?!\s+\d)" + NOT_A_YEAR_WORD + r"|(?P<runner>á quân|về nhì))(?![\w])"
    # "…; hạng nhì là Sở Tư pháp": a clause opening on the place, its holder after it
    # ("…; thứ ba là Sở Xây dựng, đạt 84,91 điểm": the same with "thứ")
    r"|(?:^|(?<=[;,:.]))\s*(?:hạng|thứ)\s+(?P<n2>" + WORD_ALT + r")(?=\s+(?:là|thuộc về)\s)"
)
# "Hà Giang (thứ 61), Cao Bằng (thứ 62)"
_PAREN_RANK = re.compile(
    r"\(\s*(?:(?:xếp\s+|đứng\s+|hạng\s+)?(?:thứ|hạng)\s+(?P<n>" + ORD + r")\s*(?:/\s*(?P<t1>\d{1,3})\s*)?"
    r"|(?:hạng\s+)?(?P<f>\d{1,3})\s*/\s*(?P<t2>\d{1,3})(?:\s+" + FIELD_NOUN + r")?)\s*(?P<world>thế giới|toàn cầu|cả nước)?"
    # "Thái Lan (44/131 – 37,61 điểm)": the place, then the points (left to the score reader)
    r"(?:\s*\)|(?=\s*[-–;,]\s*\d{1,3}(?:[.,]\d{1,4})?\s*(?:điểm|%)\s*\)))"
)
_LEADER = re.compile(
    # "người đứng đầu" is the head of an office, not a first place
    # ("sự hấp dẫn đầu tư": attractive to investors, no lead)
    r"(?<![\w])((?<!hấp )dẫn đầu(?! tư(?![\w]))|(?<!người )đứng đầu|quán quân|ngôi đầu|ngôi vương|ngôi vị (?:đầu bảng|số (?:1|một)|quán quân|cao nhất)|"
    # (not "Trong kỳ xếp hạng đầu tiên của năm 2025": the first round of the ranking that year)
    r"xếp đầu|xếp nhất(?![\w])|(?<!kỳ )(?<!đợt )(?<!lần )xếp hạng đầu|hạng đầu(?= trong| bảng| các)|"
    # ("Mỹ vẫn là số một, kế đó là Trung Quốc, Nga")
    r"đứng số (?:1|một)|xếp số (?:1|một)|(?<=là )số (?:1|một)(?=\s*[,.;]|\s*$)|vị trí đầu tiên|vị trí đầu bảng|hạng nhất|xếp hạng nhất|về nhất|"
    # ("thấp nhất bảng xếp hạng": the bottom of the table, not its top)
    r"(?<!thấp )(?<!kém )(?<!ít )(?<!tệ )(?<!xấu )(?<!yếu )(?<!rẻ )nhất bảng|"
    # "đạt điểm cao nhất với 912,5 điểm": the highest total is the first place
    r"(?:đạt|có|được đánh giá với)\s+(?:tổng\s+)?(?:điểm(?:\s+số)?|số điểm|chỉ số|kết quả)\s+cao nhất|"
    # "thành phố Vĩnh Yên đạt cao nhất (90,2 điểm)": the highest, its points beside it
    r"đạt\s+cao nhất(?=\s*(?:\(\s*|với\s+)\d)|"
    # "có Chỉ số Xanh cấp tỉnh (PGI) cao nhất", "có tổng điểm của cả 4 chỉ số thành phần cao nhất"
    r"(?<![\w])(?:có|đạt)\s+(?:chỉ số(?!\s+thành phần)|tổng điểm)[^,;.]{1,50}?\s+cao nhất(?!\s+(?:từ trước|trong lịch sử|kể từ))|"
    # "Đà Nẵng tiếp tục là thành phố có mức độ ứng dụng CNTT tốt nhất": the first, by a superlative
    r"là\s+(?:tỉnh|thành phố|địa phương|bộ|đơn vị)\s+có\s+(?:mức độ|chỉ số)(?!\s+thành phần)[^,;.()]{0,50}?\s(?:tốt nhất|cao nhất)|"
    # "Thành phố Hải Phòng xếp hạng PGI cao nhất cả nước": the index named between (not "… cao nhất từ trước đến nay")
    r"(?<![\w])xếp hạng\s+(?:[^\s,;.\d]+\s+){1,4}?cao nhất(?=\s+(?:cả nước|toàn quốc|trong cả nước)|\s*[,.;]|\s*$)|"
    # "là địa phương xếp thứ hạng cao nhất" (not "đạt thứ hạng cao nhất từ trước đến nay", its own best)
    r"là\s+(?:tỉnh|thành phố|địa phương|bộ|đơn vị|cơ quan|sở)\s+(?:xếp|có|đạt)\s+thứ hạng cao nhất(?!\s+(?:từ trước|trong lịch sử|kể từ))|"
    # "Trong số 20 sở, ban, ngành, Sở TT&TT được đánh giá cao nhất"
    r"(?<=\s)được (?:đánh giá|xếp hạng|chấm điểm) cao nhất|"
    # "Quảng Ninh tiếp tục giữ vị trí cao nhất trong bảng xếp hạng PCI" (not "đạt vị trí cao nhất từ trước đến nay")
    r"(?<![\w])(?<!không )(?<!chưa )(?:giữ|ở|chiếm|giành)\s+(?:vững\s+)?(?:vị trí|thứ hạng) (?:cao nhất|hàng đầu)(?!\s+(?:từ trước|trong lịch sử|kể từ|của (?:tỉnh|mình)))|"
    # "Sở TT&TT đứng cao nhất về Chỉ số CCHC năm 2020 trong tổng số 20 sở" (not "… cao nhất từ trước đến nay")
    # ("Trung Quốc xếp cao nhất ở vị trí thứ 29": the best of a group, its place given after)
    r"(?<![\w])(?:đứng|xếp)\s+cao nhất(?=\s+(?:về|trong|trên|toàn|cả)\s|\s*[,.;(]|\s*$)|"
    # "nền kinh tế cạnh tranh nhất năm nay vẫn là Thụy Sĩ": the first of a GCI or GII
    # ("Phần Lan là quốc gia hạnh phúc nhất thế giới", "thành phố đáng sống nhất": what a world report ranks, at its top)
    # ("Các nước hòa bình nhất là A, B, C": its first places, a group; "quốc gia có sự bình đẳng giới tốt nhất thế giới
    # là Iceland": the best by what the report measures)
    # ("5 quốc gia có nền giáo dục tốt nhất": a counted group, no first place)
    r"(?<!\d )(?<!\d\d )(?:nền kinh tế|quốc gia|(?<=là )(?:đất\s+)?nước|(?<=là )thành phố|(?<![\w])(?<!danh sách )(?<!xếp hạng )(?:các|những)\s+"
    r"(?=(?:nước|quốc gia|nền kinh tế|thành phố)\s[^,;.]{2,60}?nhất(?:\s+(?:thế giới|toàn cầu))?\s+(?:vẫn\s+)?(?:là|gồm)\s)"
    r"(?:nước|quốc gia|nền kinh tế|thành phố))\s+"
    r"(?:(?:có\s+)?(?:năng lực\s+|chỉ số\s+|mức độ\s+)?"
    r"(?:cạnh tranh|đổi mới sáng tạo|hạnh phúc|đáng sống|thịnh vượng|hòa bình|an toàn|bình yên|bình đẳng(?: giới)?|"
    r"ít tham nhũng|minh bạch|quyền lực|(?:nhiều\s+)?ảnh hưởng|hấp dẫn|thân thiện|tự do|thông minh|tốt)\s+nhất|"
    r"có\s+(?:sự\s+)?(?:[^\s,.;()\d]+\s+){1,6}?tốt\s+nhất))(?![\w])"
)
_LAST_HINT = re.compile(r"chót|cuối|đội sổ|bét bảng|thấp nhất")  # (words _LAST needs: cheap to look for first)
_LAST = re.compile(
    r"(?<![\w])(?:(?:xếp|đứng|ở)?\s*(?:vị trí\s+|hạng\s+)?(?:chót|cuối(?: cùng| bảng)?|đội sổ|bét bảng)|"
    # "có tổng điểm thấp nhất trong 13 huyện": the last of the field
    r"(?:có|đạt)\s+(?:kết quả\s+)?(?:tổng\s+)?(?:điểm(?:\s+số)?|số điểm|chỉ số(?:\s+(?:năm\s+(?:19|20)\d\d|[^\s\d,.;()]+)){0,5}?)\s+thấp nhất|"
    # "đạt thấp nhất về Chỉ số CCHC năm 2020 trong tổng số 20 sở ngành tỉnh là Sở GD&ĐT"
    r"(?:đạt|đứng|xếp)\s+thấp nhất\s+về\s+[^,;.()]{3,80}?)\s+(?:trong|trên|của)\s+"
    r"(?:tổng\s+)?(?:số\s+)?"
    r"(?P<tot>\d{1,3})\s+" + FIELD_NOUN
)
# "3 vị trí cuối", "ba tỉnh cuối bảng": a counted group at the bottom
_COUNTED_BEFORE_LAST = re.compile(r"(?<![\w])(?:\d{1,2}|" + WORD_ALT + r")\s+(?:vị trí|đơn vị|" + FIELD_NOUN + r")\s*$")
_LOWEST_NAMED = re.compile(r"(?<![\w])(?:và\s+)?(?:thấp nhất|cuối cùng|chót)\s+là(?=\s)")
# What a superlative ranks from the bottom ("kém nhất", "bạo loạn nhất"): a group or list so named counts up from the
# last place, never down from the first
WORST_WORDS = (
    r"kém|thấp|tệ|nghèo|yếu|chậm|ô nhiễm|tham nhũng|nguy hiểm|rủi ro|đắt đỏ|bất ổn|bất bình đẳng|bất hạnh|bất an|lạc hậu|"
    r"bạo loạn|bạo lực"
)
# What a counted group is the worst in, right after it ("top 10 quốc gia có điều kiện sống tồi tệ nhất", "kém thịnh
# vượng nhất"; "ít tham nhũng nhất" is the best)
_OF_THE_WORST = re.compile(
    r"[^,;.:]{0,50}?(?<![\w])(?<!ít )(?:" + WORST_WORDS + r")\s+(?:[^\s,;.:]+\s+){0,2}?nhất(?![\w])"
    # ("Top 5 địa phương chót bảng gồm …": the table's bottom)
    r"|\s+(?:[^\s,;.:]+\s+){0,3}?(?:chót bảng|cuối bảng|bét bảng|đội sổ)(?![\w])"
)
# Each top group's wording, with the words it cannot be read without (none: always looked for)
_TOP: list[tuple[tuple[str, ...], re.Pattern[str]]] = [
    # "top 10", "tốp 10" (both spellings are common)
    (("top", "tốp"), re.compile(r"(?<![\w])(?:trong |thuộc |vào )?(?:nhóm\s+)?t[oố]p\s*(?P<n>\d{1,3})(?:\s+" + FIELD_NOUN + r")?")),
    # "lọt vào danh sách 100 thành phố thông minh nhất thế giới"
    (("danh sách",), re.compile(r"(?<![\w])(?:lọt vào|nằm trong|có mặt trong|góp mặt trong)\s+danh sách\s+(?P<n>\d{1,3})\s+(?:"
                                + FIELD_NOUN + r"|thành phố)\s+[^,;.]{0,40}?nhất")),
    (("nhóm",), re.compile(
        r"(?<![\w])nhóm\s+(?:t[oố]p\s+)?(?P<n>\d{1,3})\s+(?:" + FIELD_NOUN + r"\s+)?(?:[^\s,.;]+\s+){0,5}?"
        r"(?:dẫn đầu|đứng đầu|cao nhất|tốt nhất|xếp hạng cao nhất)"
    )),
    ((), re.compile(
        # ("5 nước có sức mạnh quân sự hàng đầu thế giới": what they lead in, after "có")
        # ("11 trong số 16 tỉnh đạt điểm cao nhất năm 2016 vẫn …": a share of a group, counted between editions)
        r"(?<![\w/])(?<!\d trong số )(?<!\d\d trong số )(?P<n>\d{1,3}|" + WORD_ALT + r")\s+(?P<noun>" + FIELD_NOUN + r")\s+(?:có\s+)?(?:[^\s,.;]+\s+){0,4}?"
        # ("mười quốc gia có chỉ số hòa bình toàn cầu (GPI) tốt nhất")
        # ("3 tỉnh đạt điểm tổng hợp cao nhất": the points reached, said with "đạt")
        r"(?:dẫn đầu|đứng đầu|(?:có|đạt) (?:mức\s+)?(?:tổng\s+)?(?:điểm(?: số)?|số điểm|chỉ số)(?:\s+[^\s,.;]+){0,5}?\s+(?:cao|tốt) nhất|t[oố]p đầu|"
        # ("A, B và C là 3 quốc gia hàng đầu thế giới về …": a counted leading group)
        # ("5 quốc gia có nền giáo dục tốt nhất": the best by what the report measures; not the most improved)
        r"xếp hạng cao nhất|(?<=\s)hàng đầu|(?<=\s)(?<!cải thiện )(?<!tiến bộ )tốt nhất)"
    )),
    # "Trong nhóm 10 cuốn hộ chiếu quyền lực nhất thế giới còn có A, B": a leading group by its superlative, its members
    # named after it (never a group of the worst: "kém", "thấp", "nghèo" … "nhất" count from the bottom)
    (("nhất",), re.compile(
        r"(?<![\w])nhóm\s+(?P<n>\d{1,3})\s+(?![^,;.]{0,50}?(?:" + WORST_WORDS + r")\s)[^,;.\d]{0,50}?\snhất(?:\s+thế giới)?"
        r"(?=\s+(?:còn có|cũng có|gồm|bao gồm)\s)"
    )),
    # "10 nền kinh tế có sức cạnh tranh về nhân tài nhất trên toàn cầu lần lượt là: A, B …": a counted group by its
    # superlative (not the worst, nor a statistic's largest), its members named after it
    (("nhất là", "nhất lần lượt", "nhất gồm", "nhất bao gồm", "nhất thế giới", "nhất toàn cầu", "nhất trên"), re.compile(
        r"(?<![\w/])(?P<n>\d{1,2}|" + WORD_ALT + r")\s+(?P<noun>" + FIELD_NOUN + r")\s+(?![^,;.:]{0,60}?(?:" + WORST_WORDS
        + r"|lớn|đông|nhiều|nhanh|cao|thấp)\s)(?:[^\s,.;:\d]+\s+){1,7}?nhất(?:\s+(?:trên\s+)?(?:thế giới|toàn cầu))?"
        r"(?=\s*,?\s*(?:lần lượt\s+)?(?:là|gồm|bao gồm)\s*:?\s)"
    )),
    # "Myanmar, Mỹ và New Zealand là 3 nước hảo tâm nhất thế giới": a counted group by its superlative (not the worst)
    (("nhất",), re.compile(
        r"(?<=là\s)(?P<n>\d{1,2}|" + WORD_ALT + r")\s+(?P<noun>" + FIELD_NOUN + r")\s+(?![^,;.]{0,40}?(?:" + WORST_WORDS
        + r"|lớn|đông|nhiều)\s)"
        r"(?:[^\s,.;\d]+\s+){1,4}?(?<!duy )nhất(?![\w])"
    )),
]
# "Năm nước có vị trí cao hơn Việt Nam vẫn là A, B, C, D và E": the bodies ahead form the top group
_AHEAD_GROUP = re.compile(
    r"(?<![\w/])(?P<n>\d{1,2}|" + WORD_ALT + r")\s+(?:nước|quốc gia|tỉnh|địa phương|bộ|đơn vị)\s+"
    r"(?:có vị trí|có thứ hạng|xếp|đứng)\s+(?:cao hơn|trên|trước)\s+[^,;.]{2,40}?\s+(?:vẫn\s+|lần lượt\s+)?(?:là|gồm)\s*:?"
)
MEMBERS_NAMED_AFTER = re.compile(
    r"[^,;.:]{0,60}?(?:\s(?:là|gồm|gồm có)\s+(?:các|những)\s+(?:địa phương|tỉnh(?:,\s*thành(?:\s+phố)?)?|đơn vị|bộ)\s+(?:như|gồm|là)?"
    r"|\sghi nhận sự có mặt của(?:\s+(?:các|những)\s+(?:địa phương|tỉnh|đơn vị))?"
    # "Trong 10 quốc gia có chỉ số … tốt nhất còn có A, B …", "… cũng bao gồm: A, B"
    r"|\s(?:còn có|cũng có|cũng bao gồm|còn bao gồm)(?!\s+sự\s+(?:có mặt|góp mặt))(?:\s+(?:các|những)\s+(?:nước|quốc gia|địa phương|tỉnh|đơn vị))?)\s*:?\s"
    # "10 vị trí đầu tiên trong bảng xếp hạng … với sự có mặt của A, B", "… có sự góp mặt của A": further from the cue
    r"|[^,;.:]{0,110}?\s(?:với|có)\s+sự\s+(?:có mặt|góp mặt)\s+của(?:\s+(?:các|những)\s+(?:nước|quốc gia|địa phương|tỉnh|đơn vị))?\s*:?\s"
    # "10 quốc gia hàng đầu cho người nước ngoài theo Internations: Panama, Colombia …": the group's phrase, a colon
    # (not blocks "… ở 3 khối: sở, ban, ngành; …", nor an ordered list "top 10 lần lượt: …")
    r"|(?:(?!khối|lần lượt)[^,;.:()]){0,60}?:\s(?!\s*(?:sở|khối|cấp|địa phương)(?![\w]))"
)
_TOP_TOTAL = re.compile(r"^[^;.]{0,40}?(?:bảng xếp hạng|trên|trong|/)\s*(?P<tot>\d{1,3})\s+" + FIELD_NOUN)
_SCORE_POINTS = re.compile(
    # "50.70 điểm": a decimal point too (a dot before exactly three digits is a thousands dot)
    r"(?<![\w,./])(?P<v>0\.\d{2,}|\d{1,3}\.(?:\d{1,2}|\d{4,})(?![\d.,])|\d{1,4}(?:,\d+)?)\s*(?:/\s*(?P<of>\d{1,4}(?:[.,]\d+)?)\s*|%\s*)?điểm(?![\w])(?!\s+(?:cầu|trường|đến|nóng|thi|sáng|nghẽn|bán|giao dịch))"
)
# "(62, 16 điểm)": a decimal comma a space has crept after, alone in a bracket with its unit
# ("với 80, 48 điểm": after the word that gives a value, too)
_SPLIT_DECIMAL = re.compile(
    r"(?:(?<=\()\s*|(?<=với )|(?<=đạt )|(?<=được )|(?<=là ))(?P<a>\d{1,3}),\s(?P<b>\d{2}|\d{3,4}(?=\s*điểm\s*\)))\s*điểm(?:\s*\))?"
)
# "Điểm PCI cao nhất là 72,95 (Quảng Ninh)", "chỉ số thấp nhất thuộc về … là 59,58 (Cao Bằng)": the value first,
# its body in brackets after it; the highest is the first place
_VALUE_FIRST = re.compile(
    r"(?:điểm|chỉ số)(?:\s+[^\s,;.()]+){0,3}?\s+(?P<sup>cao nhất|thấp nhất)\s+(?:là|đạt)\s+"
    r"(?P<v>\d{1,4}(?:,\d+)?)\s*(?:điểm)?\s*\([^()]{2,40}\)"
)
_MOVED = "moved"  # a score cue's mark: one end of a move between two editions' values
# "điểm số cải cách hành chính của Bộ Y tế từ 79,69% năm 2016 giảm xuống còn 72,40%": an index value left and
# the one reached (the % is the index's own unit here, said of its points)
_SCORE_FROM_TO = re.compile(
    # ("Điểm số PAPI năm 2022 của tỉnh tăng khá, từ 40,14 lên 40,87": an edition's year and a comma on the way)
    r"(?:điểm|điểm số|chỉ số)(?:\s+(?:[^\d\s,;.()]+|(?:19|20)\d\d)){0,8}?,?\s+từ\s+(?P<a>\d{1,3}(?:,\d{1,2})?)\s*%?\s*(?:(?:năm|của năm)\s+(?P<ya>(?:19|20)\d\d)\s+)?"
    r"(?:(?:đã\s+)?(?:tăng|giảm)\s+)?(?:lên|xuống)\s+(?:còn\s+|mức\s+)?(?P<b>\d{1,3}(?:,\d{1,2})?)\s*%?"
    r"(?:\s+(?:năm\s+)?(?P<yb>(?:19|20)\d\d))?(?![\d,]\d)"
)
# "với số điểm là 87,05", "có tổng điểm đạt 91,2": the body's points, the unit written before the value
_POINTS_ARE = re.compile(
    # ("với Chỉ số cải cách hành chính là 91,670": the index named, never a part of it)
    r"(?:với|có|đạt)\s+(?:(?:tổng\s+)?(?:số\s+)?điểm(?:\s+số)?(?:\s+tổng hợp)?|chỉ số(?!\s+thành phần)(?:\s+[^\s\d,;.:()]+){0,6}?)"
    r"(?:\s+(?:là|đạt)\s*:?\s*(?P<v>\d{1,4}(?:,\d+)?|\d{1,3}\.\d{1,2})(?!\d|[.,]\d|\s*%|/)"
    # ("với điểm số 4.04", "với số điểm khá cao 4,20": a decimal right after the label, or after how high it is)
    r"|(?<=điểm)(?:\s+số)?(?:\s+(?:khá\s+|rất\s+)?(?:cao|thấp))?\s+(?P<d>\d{1,3}[.,]\d{1,2})(?!\d|[.,]\d|\s*%|/|\s*điểm))"
)
# "Tổng điểm của UBND tỉnh Thái Nguyên là 86,97": the label and its body first, the value after
_POINTS_OF_BODY = re.compile(
    r"(?<![\w])(?:tổng\s+(?:số\s+)?điểm|điểm số)(?:\s+[^\d\s,;.()]+){0,4}?\s+của\s+[^\d,;.()]{2,60}?\s+(?:là|đạt)\s*:?\s*"
    r"(?P<v>\d{1,3},\d{1,3})(?![\d,]|\s*%)"
)
# "Trong đó, điểm công khai, minh bạch là 15,67; …": the parts of a total just given, no body's score
_PARTS_OF_A_TOTAL = re.compile(r"\W*trong đó,?\s+(?:điểm|số điểm)\s")
_SCORE_INDEX = re.compile(
    # ("xếp thứ 22/145 (điểm sức mạnh 0,3176)": the value labelled in a bracket)
    r"(?:\(\s*(?:điểm|chỉ số)(?:\s+[^\s\d():,;]+){0,3}\s*:?\s*|"
    r"(?:đạt|là|với|được)\s+(?:mức\s+|chỉ số\s+|(?:tổng\s+)?(?:số\s+)?điểm(?:\s+số)?\s+|giá trị(?:\s+chỉ số)?\s+)?|"
    r"có\s+(?:giá trị|chỉ số|điểm số)\s+(?:là\s+)?)(?P<v>0[,.]\d{2,}|1,0+)(?!\s*%)(?!\d|,\d)"
)
# The rankings' short names, as the press writes the value of one: "Điểm PII tổng thể đạt 37,88"
INDEX_SHORT = r"(?:dti|ict index|pii|pci|papi|par[- ]?index|sipas|pgi|lci|gii|egdi|cchc)"
# "Điểm PII tổng thể đạt 37,88, trong đó …": the value of a named index, with no unit after it
_SCORE_NAMED_INDEX = re.compile(
    r"(?:điểm|điểm số|giá trị)\s+(?:chỉ số\s+)?" + INDEX_SHORT + r"(?:\s+(?:(?:năm\s+)?(?:19|20)\d\d|tổng thể|tổng hợp|chung))*"
    # ("điểm số PII 2025 là 59.33": a decimal point too, before one or two digits)
    r"\s+(?:đạt|là)\s+(?P<v>\d{1,3}(?:,\d{1,4}|\.\d{1,2}))(?!\s*%)(?![\d.,]\d)"
)
_KEEP = re.compile(
    r"(?<![\w])(?:giữ nguyên(?=\s+(?:vị trí|thứ hạng|hạng))|(?:(?<=, )|(?<=\())(?:giữ nguyên|không (?:thay )?đổi)(?=\s+so với)|giữ\s+(?:vị trí|thứ hạng|hạng)(?=\s+so với)|(?:thứ hạng|vị trí xếp hạng)\s+(?:không đổi|không thay đổi|giữ nguyên)|"
    r"không thay đổi (?:thứ hạng|vị trí)|bằng (?:với\s+)?(?:thứ hạng|xếp hạng|vị trí)(?= (?:của\s+)?(?:năm|kỳ) )|"
    # "không thay đổi ở vị trí 6 và 7", "đứng nguyên ở vị trí 28": the same place as before
    # ("Bình Dương vẫn ổn định ở vị trí thứ 8": kept)
    r"(?:không (?:thay )?đổi|đứng nguyên|giữ nguyên|(?<=vẫn )ổn định)(?=\s+ở\s+(?:vị trí|hạng|thứ)\s)|"
    # ("Thụy Sỹ, Singapore và Mỹ vẫn lần lượt giữ nguyên ba vị trí tương ứng thứ nhất, nhì và ba": each its own kept)
    r"giữ nguyên(?=\s+(?:(?:các|những|hai|ba|bốn|năm|\d)\s+)?(?:vị trí|thứ hạng)(?![\w]))|"
    # "Giống như năm ngoái, Mỹ đứng thứ ba": the same place as in the edition before
    r"^(?:giống|cũng)\s+như\s+năm\s+(?:ngoái|trước)(?=\s*,)|"
    # "Thứ hạng này không có gì thay đổi so với năm 2020", "vị trí chưa thay đổi so với", "duy trì vị trí so với"
    r"(?:thứ hạng|vị trí)(?:\s+này)?\s+(?:không|chưa)\s+(?:có\s+)?(?:gì\s+)?(?:thay\s+)?đổi(?=\s+so với)|"
    r"duy trì\s+(?:vị trí|thứ hạng)(?=\s+so với)|"
    # "duy trì thứ hạng năm 2024", "tiếp tục duy trì vị trí thứ 3", "vẫn giữ vững vị trí thứ 5", "vẫn ở vị trí thứ 5":
    # the place of the edition before, kept
    r"duy trì\s+(?:vị trí|thứ hạng)(?=\s+(?:của\s+)?năm\s+(?:19|20)\d\d)|"
    r"(?:tiếp tục|vẫn)\s+(?:duy trì|giữ vững|giữ)(?=\s+(?:vị trí|thứ hạng|hạng)\s+(?:thứ\s+)?(?:\d{1,3}|" + WORD_ALT + r")(?![\w]))|"
    r"vẫn\s+(?:ở|đứng ở)(?=\s+vị trí\s+(?:thứ\s+)?\d))"
)
# "nhiều năm (liền) đứng đầu", "sau nhiều năm liên tục xếp hạng thứ nhất": a record over unnamed years
_MANY_YEARS_BEFORE = re.compile(
    r"(?:nhiều|các|những)\s+(?:năm|lần|kỳ)(?:\s+(?:liền|liên tiếp|liên tục|qua|gần đây))?\s+(?:luôn\s+)?$"
)
# "Thứ hạng của Việt Nam không thay đổi so với năm trước": the body between (its place unchanged, not its points)
_KEEP_OF_A_BODY = re.compile(
    r"(?<![\w])(?:thứ hạng|vị trí) của [^,;.()]{2,40}? (?P<keep>(?:không|chưa) (?:có )?(?:gì )?(?:thay )?đổi)(?= so với)"
)
# A change over several editions, not against the previous one
_OVER_YEARS = re.compile(
    r"\s*,?\s*(?:trong|sau|qua)\s+(?:(?:những|các|mấy)\s+năm(?:\s+(?:vừa|gần đây))?(?:\s+qua)?|"
    r"(?:[3-9]|\d\d|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm)(?![\w])"  # (two years can be one edition of a biennial ranking)
)
# "Trải qua 10 năm, chỉ số … cải thiện được 13 bậc": a change over several editions, said before it
_OVER_YEARS_BEFORE = re.compile(
    r"(?<![\w])(?:trải qua|sau|qua)\s+(?:[3-9]|\d\d|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s*,[^.;]{0,80}$"
)
# "Chỉ tính trong 2 năm 2022 và 2023, tỉnh đã tăng 47 bậc": a change over the editions named before it
_OVER_NAMED_YEARS = re.compile(
    r"(?:trong|qua|sau)\s+(?:\d|hai|ba|bốn|năm)\s+năm\s+(?:19|20)\d\d\s*(?:và|-|–|,|đến)\s*(?:năm\s+)?(?:19|20)\d\d[^.;]{0,40}$"
)
_NUM = r"\d{1,4},\d+|\d{1,4}(?![\d,/]|\.\d)"  # (a whole number may end its sentence: "lần lượt là 89 và 88.")
# "với số điểm lần lượt là 0,6895; 0,6743 và 0,6418", "với các chỉ số lần lượt là 95,77% và 95,39%"
# ("… lần lượt là A, B, C với điểm số là 45,31; 38,93; 38,70": several values after "là" are given in turn too)
_SCORE_LIST = re.compile(
    r"(?:số điểm|điểm số|điểm|chỉ số|mức|giá trị)\s+(?:(?:tương ứng\s+|lần lượt\s+)(?:là|đạt)?|là\s*:?)\s*(?P<list>(?:" + _NUM + r")(?:\s*(?:điểm|%)?\s*(?:[,;]|và)\s*(?:"
    + _NUM + r"))+)"
)
# "+ Trung Quốc: hạng 79, điểm 3.6", "Singapore: hạng 3/180, điểm 9.2/10": a list item's points, label first
_POINTS_LABEL_IN_LIST = re.compile(
    r"(?:(?<=[,;:] )|(?<=[,;:] cùng )|(?<=[,;:] đều ))điểm\s+"
    # (a whole number only when it ends the line: "+ A và B: đồng hạng 158, cùng điểm 2")
    r"(?P<v>\d{1,3}[.,]\d{1,3}|\d{1,2}(?=\s*[.;]?\s*$))(?:\s*/\s*\d{1,3})?(?![\d.,]\d|\s*(?:điểm|%|bậc))"
)
# "với tổng điểm 731,61", "tổng số điểm đạt 845,20": the points label before the value
_SCORE_LABEL_FIRST = re.compile(
    r"(?:(?:tổng\s+(?:số\s+)?điểm|điểm số|số điểm)(?:\s+(?:là\s+|đạt\s+|:\s*)?|\s*:\s*)|(?<=với )kết quả\s+(?:là|đạt)\s+"
    # "Malaysia xếp hạng 13 toàn cầu – Điểm: 1,469 – giảm 1 bậc": a bare label opening its clause
    r"|(?:^|(?<=[–—,;(]\s))điểm\s*:\s*)"
    # "với số điểm 70, đánh dấu …": a whole number too, when punctuation ends it
    # ("với điểm số 4,31/7": out of the index's whole range)
    r"(?P<v>\d{1,4},\d{1,4}(?!\d|,\d|\.\d|\s*(?:%|điểm|/))|\d{1,4},\d{1,4}(?=\s*/\s*(?:1|5|7|10|100)(?!\d|[.,]\d))|"
    r"\d{1,4}(?=\s*[,;.](?:\s|$)))"
)
# "với 93,1 và 90,4 điểm", "đạt 0,61; 0,58 và 0,55 điểm": several values sharing one unit
_SCORE_SHARED_UNIT = re.compile(
    r"(?:với|đạt|là)\s+(?P<list>(?:" + _NUM + r")(?:\s*(?:[,;]|và)\s*(?:" + _NUM + r"))+)\s*điểm(?![\w])"
)
# "tăng 34 bậc so với năm 2016 và 3 bậc so với năm ngoái": a second change after the first, with its own comparison
_ELIDED_CHANGE = re.compile(
    r"[^.;]{0,80}?(?P<older>so với (?:năm\s+)?(?:19|20)\d\d)?\s*,?\s+và\s+(?P<n>\d{1,3})\s+(?:bậc|hạng)\s+so với\s+"
    r"(?:năm ngoái|năm trước|lần (?:xếp hạng |công bố )?trước|kỳ trước|(?:năm\s+)?(?P<y>(?:19|20)\d\d)\b)"
)
# "A và B lần lượt tăng 3 và 5 bậc"
_CHANGE_LIST = re.compile(
    # ("A và B cũng đánh mất lần lượt 13 và 17 hạng": the word of the move may come first)
    r"(?:lần lượt\s+(?P<dir>tăng|giảm|tụt)|(?P<lost>đánh mất|mất|tụt|giảm)\s+lần lượt)\s+(?P<list>(?:\d{1,3}|" + WORD_ALT + r")(?:\s*(?:,|và)\s*(?:\d{1,3}|" + WORD_ALT
    + r"))+)\s+(?:bậc|hạng)"
)
# "Chính quyền số: 0,4513", "Chính quyền số 0,2803 (xếp hạng 57)": a pillar's value on the 0–1 scale
# written straight after its name, in a list line or a clause of a pillar list
_SCORE_AFTER_PILLAR = re.compile(r"(?:" + COMPONENT_ALT + r")\s*:?\s*(?P<v>0[,.]\d{1,}|1(?:[,.]0+)?)(?![\d%]|[,.]\d)")
_PILLAR_VALUE_HINT = re.compile(r"[^\W\d_]\s*:?\s*(?:0[,.]\d|1(?![\d%]|[,.]\d))")
# "đạt 234,77/245", "với 328,64/thang điểm 360": a score out of a local scale, without "điểm" after it
_SCORE_OUT_OF = re.compile(
    r"(?:đạt|với|được)\s+(?:tổng\s+)?(?:số\s+)?(?:điểm\s+)?(?:(?P<dec>\d{1,4},\d+)\s*/\s*(?:thang điểm\s+|tối đa\s+)?"
    r"|(?P<int>\d{1,4})\s*/\s*(?:thang điểm|tối đa)\s+)(?P<of>\d{2,4})(?![\d,.]\d|\s*(?:điểm|%))"
)
# "huyện Châu Thành A về nhất": first (or second) place in a province's own ranking
_CAME_FIRST = re.compile(r"(?<![\w])về\s+(?P<n>nhất|nhì)(?![\w])")
# "UBND TP. Hải Dương, UBND huyện Nam Sách cùng đạt 85,86 lần lượt xếp thứ nhất và thứ 2": one value both reached,
# its unit left out (a decimal, never a count or a share)
_SHARED_VALUE = re.compile(r"(?<![\w])(?:cùng|đều)\s+đạt\s+(?P<v>\d{1,3},\d{1,3})(?![\d,]|\s*(?:%|điểm|bậc|lần(?! lượt)|triệu|tỷ|nghìn))")
# "Bộ Y tế: 0,6123 (hạng 10); Bộ Nội vụ: 0,5845 (hạng 12)": a name's value after its colon, in a list of them
VALUE_AFTER_COLON = r"(?:0,\d{2,4}|\d{1,3},\d{1,2})"  # (an index's value, never a count)
_VALUE_AFTER_NAME_COLON = re.compile(r"(?<=[^\W\d_]):\s*(?P<v>" + VALUE_AFTER_COLON + r")(?=\s*(?:\(|;|,\s|\.(?!\d)|$))")
_SCORE_PAREN = re.compile(
    # ("(chỉ số 72,42)": a value labelled as the index's, alone in its bracket)
    r"\(\s*(?P<v>0,\d{2,})\s*\)|\(\s*(?:chỉ số|điểm số|tổng điểm)\s*:?\s*(?P<w>\d{1,3},\d{1,3})\s*(?:điểm\s*)?\)"
)
# "TP.HCM (78,6), Hà Nội (75,8), Đà Nẵng (52,8)": each name's score in brackets, in a list of at least two
# ("(91,420)": three decimals after a comma are still decimals; a point is read as a comma only before one or two)
_SCORES_IN_BRACKETS = re.compile(r"(?<=[^\W\d_])\s*\(\s*(?P<v>\d{1,3}(?:,\d{1,3}|\.\d{1,2}))\s*(?:điểm\s*|%\s*)?\)")
_CHANGE = re.compile(
    # ("nâng được 8 bậc", "nhảy qua 23 bậc")
    r"(?<![\w])(?P<dir>tăng|giảm|tụt|lên|xuống|vượt|thăng|cải thiện|thụt lùi|lùi|rớt|tuột|sụt|tiến|nhảy|leo|rơi|hạ|bứt phá|nâng)\s+(?:hạng\s+)?(?:thêm\s+|tới\s+|đến\s+|mạnh\s+|liền\s+|được\s+|nhẹ\s+|vọt\s+|trưởng\s+|qua\s+)?"
    # ("tăng 3,3 điểm và 8 bậc": the points first, then the places)
    r"(?:\d{1,3}(?:,\d+)?\s*(?:điểm|%)\s+và\s+)?"
    r"(?P<n>\d{1,3}|" + WORD_ALT + r")\s+(?:bậc|hạng(?! mục)|vị trí|thứ hạng)(?![\w])"
)
# "Vị trí này thấp hơn 7 bậc so với năm 2022": a place lower or higher than the edition named, by so many places
_CHANGE_AGAINST_AN_EDITION = re.compile(
    r"(?<![\w])(?P<dir>thấp hơn|kém hơn|cao hơn)\s+(?P<n>\d{1,3}|" + WORD_ALT + r")\s+(?:bậc|hạng|vị trí)"
    r"(?=\s+so với\s+(?:năm|kỳ|lần|báo cáo)\b)"
)
# "tăng nhiều nhất là Văn phòng HĐND tỉnh 14 bậc": the most improved body named first, its change after its name
_MOST_CHANGED = re.compile(
    r"(?<![\w])(?P<dir>tăng|giảm|tụt)\s+(?:hạng\s+)?nhiều nhất\s+(?:là|thuộc về)\s+[^;().,]{3,80}?\s"
    r"(?P<n>\d{1,2})\s+(?:bậc|hạng)(?![\w])"
)
# "tỉnh thăng cao nhất 34 bậc (Sóc Trăng)", "thụt sâu nhất là 34 bậc (Lâm Đồng)": the change first, its body in brackets
_MOST_CHANGED_BRACKET = re.compile(
    r"(?<![\w])(?P<dir>tăng|thăng|giảm|tụt|thụt)\s+(?:hạng\s+)?(?:cao nhất|nhiều nhất|sâu nhất|mạnh nhất)\s+(?:là\s+)?"
    r"(?P<n>\d{1,2})\s+(?:bậc|hạng)(?=\s*\(\s*[^\W\d])"
)
_ORDER_LIST = re.compile(
    r"(?:lần lượt|tương ứng)\s+(?:là\s+)?(?:xếp\s+|đứng\s+|ở\s+|giữ\s+|đạt\s+)?(?:(?:ở\s+)?(?:các\s+)?(?:vị trí|hạng)\s+)?(?:thứ\s+)?"
    # ("lần lượt xếp hạng 1,2,3": the places written without spaces, as a decimal never has two commas)
    r"(?P<list>" + ORD + r"(?:\s*(?:,|và|-)\s*(?:thứ\s+)?" + ORD + r")+|\d{1,2}(?:,\d{1,2}){2,}(?![\d,]))(?!\s+(?:bậc|hạng)(?![\w]))"
)
_POINTS_LABEL_BEFORE = re.compile(r"(?<![\w])(?:số điểm|điểm số|tổng điểm|điểm)\s+$")
# "A, B giữ vị trí thứ 2 và thứ 3" (no "lần lượt": the order of names is the order of places)
# ("A và B bám đuổi nhau với vị trí 28 và 29")
_PLAIN_LIST = re.compile(
    r"(?:xếp|đứng|giữ|ở|chiếm|xuống|lên|với)\s+(?:các\s+)?(?:(?:vị trí|hạng)\s+(?:tương ứng\s+)?(?:thứ\s+)?|(?:tương ứng\s+)?thứ\s+)(?P<list>"
    + ORD + r"(?:\s*(?:,|và)\s*(?:thứ\s+)?"
    + ORD + r")+)(?![\w])(?!\s+về)(?!\s+(?:bậc|hạng)(?![\w]))"
)
# "Thứ tự xếp hạng các sở, ban, ngành (từ trên xuống) như sau: A, B, C": places from 1, in order
# "Theo thứ tự từ cao đến thấp có 8 sở ngành tỉnh đạt Chỉ số CCHC năm 2020 cao (từ 88,45 đến 95,53) là A, B, …"
# The words that say a list runs from the top ("từ trên xuống", "từ cao xuống thấp"), here and in a heading over
# paragraphs (claims.py)
FROM_TOP_WORDS = r"(?:từ trên xuống(?:\s+dưới)?|từ cao xuống thấp|từ cao đến thấp)"
_FROM_TOP = re.compile(
    r"(?:thứ tự xếp hạng|xếp hạng theo thứ tự|thứ tự)[^:;.]{0,80}?" + FROM_TOP_WORDS +
    r"(?:[^:;.]{0,30}?:|[^:;.]{0,120}?\s+là(?=\s))"
)
_NEXT = re.compile(
    # ("Những điểm đến còn lại trong top 10 lần lượt là: …" after the first: the rest, in order)
    r"(?:tiếp theo|tiếp sau|kế tiếp|theo sau|kế đó|kế đến|kế sau|tiếp đến|tiếp đó|sau đó|liền sau|(?:ngay|xếp|đứng) sau(?=\s+(?:đó\s+|lần lượt\s+)?là)|"
    r"còn lại(?=\s+(?:trong|của)\s+(?:top|tốp)\s+\d{1,3}\s+lần lượt\s+là))\s+(?:đó\s+)?"
    r"(?:[^;.]{0,60}?\s+)??(?:lần lượt\s+)?(?:là|thuộc về|gồm|gồm có)(?![\w])\s*"
    r"(?:các\s+(?:bộ|tỉnh|địa phương|đơn vị|cơ quan)\s*)?:?"
    # "… năm nay là Uruguay; sau đó đến Ả Rập Xê Út, Costa Rica": "đến" counts on too ("sau đó đến năm 2020" is time)
    r"|(?:sau đó|tiếp đó|tiếp theo)\s+(?:lần lượt\s+)?đến(?![\w])(?!\s+(?:năm|ngày|tháng|nay|khi|lúc|cuối|đầu|giữa|\d))\s*:?"
)
# "Na Uy đứng đầu. Úc, New Zealand, Mỹ và Ireland tiếp sau, …": the bodies named before the words that count them on
_NEXT_AFTER_NAMES = re.compile(r"(?<=[^\W\d_])\s+(?:theo sau|tiếp sau|xếp sau|đứng sau|tiếp theo)(?=\s*(?:[,.;]|$))")
# "lần lượt chiếm ba vị trí đầu", "Năm vị trí đầu khu vực lần lượt thuộc về A, B ..."
_TOP_POSITIONS = re.compile(
    r"(?<![\w])(?P<n>\d{1,2}|" + WORD_ALT + r")\s+vị trí\s+(?:đầu tiên|dẫn đầu|đầu|cao nhất)"
    r"(?:\s+(?:bảng|khu vực|thế giới|cả nước))?(?P<after>\s+(?:lần lượt\s+)?(?:thuộc về|là)\b)?"
)
# "so với năm 2022, khi tỉnh xếp thứ 25" → a rank for 2022
_PREV_YEAR_RANK = re.compile(
    r"(?:so với|hồi|vào)\s+năm\s+(?P<y>(?:19|20)\d\d),?\s*(?:\(|(?:khi|lúc|thời điểm)\s+(?:[^\s,;.]+\s+){0,3}?)\s*"
    r"(?:xếp|đứng)\s+(?:thứ\s+|hạng\s+)?(?P<n>" + ORD + r")(?:\s*/\s*(?P<tot>\d{1,3})(?![\d/]))?"
)
# "So với năm 2022 (thứ 15), …": a year with its rank in brackets
# "Bảy bộ có mức độ ứng dụng CNTT thấp nhất lần lượt là A, B, …": the last places, counted up from the bottom
_BOTTOM_LIST = re.compile(
    r"(?<![\w/])(?P<n>\d{1,2}|" + WORD_ALT + r")\s+" + FIELD_NOUN + r"\s+(?:có\s+)?[^,;.:]{0,60}?thấp nhất"
    r"(?:\s+(?:trong|trên)\s+(?:tổng\s+số\s+)?(?P<tot>\d{1,3})\s+" + FIELD_NOUN + r")?\s*(?:,\s*)?lần lượt\s+là\s*:?"
)
_DATE_BEFORE_BRACKET = re.compile(
    r"(?<![\w])(?:sáng|chiều|trưa|tối|ngày|hôm nay|hôm qua|sáng nay|chiều nay|tối nay|trưa nay|mới đây|vừa qua)\s*$|"
    # "Ngày Bưu chính Thế giới 2021 (9/10)": a day and month after a dated event's year
    r"(?<![\d/])(?:19|20)\d\d\s*$"
)
_YEAR_PAREN_RANK = re.compile(
    r"năm\s+(?P<y>(?:19|20)\d\d)\s*\(\s*(?:xếp\s+|đứng\s+|hạng\s+)?(?:thứ\s+)?(?P<n>" + ORD + r")\s*(?:/\s*(?P<tot>\d{1,3})\s*)?\)"
)
# "với các vị trí 166/175 (2009), 168/173 (2008), 162/169 (2007)": a body's places over the editions, each with its year
_PLACE_YEAR = r"\d{1,3}\s*/\s*\d{1,3}\s*\(\s*(?:năm\s+)?(?:19|20)\d\d\s*\)"
_PLACE_YEAR_SERIES = re.compile(r"(?<![\d/,.])" + _PLACE_YEAR + r"(?:\s*(?:,|;|và|,\s*và)\s*" + _PLACE_YEAR + r")+")
# "thứ bậc của Việt Nam từ năm 2006 đến năm 2010 là 66, 65, 65, 64 và 62": a place for each year of the span, in order
# (only when there are exactly as many places as years)
_SPAN_OF_PLACES = re.compile(
    r"(?:thứ bậc|thứ hạng|xếp hạng|vị trí)[^.;]{0,60}?từ\s+năm\s+(?P<a>(?:19|20)\d\d)\s+(?:đến|tới)\s+(?:năm\s+)?"
    r"(?P<b>(?:19|20)\d\d)\s+(?:lần lượt\s+)?(?:là|đạt|ở)\s+(?P<list>\d{1,3}(?:\s*(?:,|và|,\s*và)\s*\d{1,3})+)(?![\d,.]\d)"
)
_PLACE_YEAR_ITEM = re.compile(r"(?P<n>\d{1,3})\s*/\s*(?P<tot>\d{1,3})\s*\(\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s*\)")
# "giảm 24 bậc so với vị trí 27 của năm 2021"
# "đứng thứ 79 so với thứ 64 hồi năm ngoái": the place of the edition before
_PREV_POSITION = re.compile(
    r"so với\s+(?:(?:vị trí|hạng|thứ hạng|xếp hạng)\s+(?:thứ\s+)?|thứ\s+)(?P<n>" + ORD + r")\s+(?:của\s+|vào\s+|trong\s+|hồi\s+)?"
    r"(?:năm\s+(?P<y>(?:19|20)\d\d)|(?P<rel>năm ngoái|năm trước))"
)
# "Trong khu vực Đông Nam Á, Việt Nam …" / "ở châu Á, …"
REGION_OPENING = re.compile(
    r"(?:^|[;,]\s*)(?:(?:tính\s+)?riêng\s+|xét\s+|nếu\s+(?:đặt|xét)\s+|so với các nước\s+)?(?:(?:trong|ở|tại)\s+(?:khu vực\s+)?"
    r"(?P<g>châu á|đông nam á|asean)\s*,|"
    # "khu vực Đông Nam Á có Singapore dẫn đầu"
    r"(?:(?:trong|ở|tại)\s+)?khu vực\s+(?P<g2>đông nam á|asean|châu á(?!\s*[-–]\s*thái bình dương))\s+(?:có|thì)\s)"
)
# "; tiếp theo" / "chỉ sau": clause-level totals "… của 63 tỉnh, thành phố"
_CLAUSE_TOTAL = re.compile(
    # ("được miễn thị thực tại 140 nước": where a passport needs no visa, a count, not the field)
    r"(?<!thị thực )(?<!visa )(?:(?:của|tại|trong|trên|giữa)\s+(?:tổng số\s+|tổng\s+|số\s+|cả\s+|nhóm\s+|(?:bảng xếp hạng|danh sách)\s+(?:gồm\s+)?)?(?=\d{2})"
    r"|trong\s+(?:tổng\s+)?số\s+)(?P<tot>\d{1,3})\s+"
    + FIELD_NOUN
)
# "Xếp sau Đà Nẵng là …", and "Sau Đà Nẵng là …" opening a sentence or clause
_AFTER_X = re.compile(r"(?:(?:xếp|đứng)\s+(?:ngay\s+|liền\s+)?|(?:^|(?<=[,;:]\s)))(?:sau|tiếp sau)\s+(?=[^\s])")
_TWICE_LEADER = re.compile(
    r"(?:sau\s+)?(?:hai|ba|\d)\s+(?:lần|năm)\s+(?:liên tiếp\s+|liền\s+)?(?:dẫn đầu|đứng đầu|xếp thứ nhất|(?:xếp|đứng)\s+(?:thứ|hạng)\s+(?P<n>"
    + ORD + r"))\s+(?:vào\s+|trong\s+)?(?:các\s+)?năm\s+"
    r"(?P<y1>(?:19|20)\d\d)\s*(?:,|và)\s*(?:năm\s+)?(?P<y2>(?:19|20)\d\d)"
)
# "sau hai năm liên tiếp 2013 - 2014 đứng đầu": the two years written before the place
_TWICE_LEADER_YEARS_FIRST = re.compile(
    r"(?:sau\s+)?(?:hai|2)\s+(?:lần|năm)\s+(?:liên tiếp|liền)\s+(?:vào\s+|trong\s+)?(?:các\s+)?(?:năm\s+)?"
    r"(?P<y1>(?:19|20)\d\d)\s*(?:,|và|-|–)\s*(?:năm\s+)?(?P<y2>(?:19|20)\d\d)\s*,?\s+"
    r"(?:dẫn đầu|đứng đầu|xếp thứ nhất|(?:xếp|đứng)\s+(?:thứ|hạng)\s+(?P<n>" + ORD + r"))"
)
_ANY_TWO_YEARS = re.compile(r"(?:19|20)\d\d\D+(?:19|20)\d\d")  # _TWICE_LEADER names two years
_TWO_YEARS_RANKS = re.compile(
    r"sau\s+(?P<k>hai|ba|2|3)\s+năm\s+(?:liên tiếp\s+)?(?:xếp|đứng)\s+(?:thứ\s+)?(?P<list>" + ORD
    + r"(?:\s*(?:,|và)\s*(?:thứ\s+)?" + ORD + r")+)"
)
_ALL_INDICATORS = re.compile(r"tất cả các chỉ số|các chỉ số quan trọng|nhiều chỉ số")


def _ord_list(text: str) -> list[int]:
    if re.fullmatch(r"\d{1,2}(?:,\d{1,2}){2,}", text.strip()):
        return [int(x) for x in text.split(",")]  # "1,2,3": places written without spaces
    out = []
    for tok in re.findall(ORD, text):
        v = _ord(tok)
        if v is not None:
            out.append(v)
    return out


def _overlaps(cues: list[Cue], start: int, end: int) -> bool:
    return any(c.start < end and start < c.end for c in cues)


# "đứng đầu bảng xếp hạng chính phủ điện tử trong số 193 quốc gia", "dẫn đầu trong bảng xếp hạng 151 quốc gia",
# "hai vị trí đứng đầu trong số 64 tỉnh thành": the field the leaders lead, later in their clause
_LEADERS_FIELD = re.compile(
    r"[^.;:(),]{0,60}?(?<![\w])(?:trong số|trong tổng số|trên tổng số|trong bảng xếp hạng(?:\s+(?:của|gồm))?)\s+(?P<tot>\d{2,3})\s+"
    + FIELD_NOUN
    # ("đứng đầu trong bảng xếp hạng 10 đơn vị tỉnh thành dẫn đầu …": a list of the first ten, not the field)
    + r"(?!(?:\s+[^\s,.;]+){0,3}\s+(?:dẫn đầu|đứng đầu|cao nhất|tốt nhất))"
)
_FIRST_GROUP_NAMED = re.compile(
    r"(?<![\w])(?:các|những)\s+[^.;:()]{0,60}?\s(?P<g>(?:ở|thuộc|trong)\s+nhóm\s+(?:đầu|dẫn đầu|đứng đầu)\s+(?:là|gồm|bao gồm)\s*:?)|"
    # ", nhóm tỉnh dẫn đầu là A, B, C, D", "; nhóm xếp hạng cao nhất là A, B, C": the clause's subject is the group
    r"(?:^|[,;:]\s*)(?P<g2>nhóm\s+(?:(?:các\s+)?(?:tỉnh|địa phương|bộ|đơn vị|sở|huyện)(?:,?\s+thành(?:\s+phố)?)?\s+)?"
    r"(?:dẫn đầu|đứng đầu|xếp hạng cao nhất)(?:\s+(?:(?:19|20)\d\d|[^.;:()\d\s]+)){0,6}?\s+(?:là|gồm|bao gồm)\s*:?)"
)
_GROUP_NAMED_AFTER = re.compile(r"[^.;:]{0,70}?\s(?:là|gồm|bao gồm)\s*:?\s+(?=[^\W\d_])")


# "Theo sau là A, B, C cùng đứng ở vị trí thứ 3": the names after the order word share one place, no count goes on
_SHARE_ONE_PLACE = re.compile(r"[^.;:()\d]{2,120}?\s(?:cùng|đồng)\s+(?:đứng|xếp)\s+(?:ở\s+)?(?:vị trí|hạng)\s+(?:thứ\s+)?\d")
_COUNTED_HANG = re.compile(r"(?<![\w,.])((?:\d{1,3}|" + WORD_ALT + r")\s+)hạng(?=\s)")
# "đạt 91.651 điểm", "với 1.721 điểm", "– Điểm: 1.357 –": a dot before three digits is a thousands group in
# Vietnamese, but 91 651 or 1 721 points is no score any ranking gives, while 91,651 of 100 or 1,721 of the peace
# index's 1–5 is; read such a value as a decimal (same length, offsets kept). A round "1.500" stays a count.
_DOT_DECIMAL_POINTS = re.compile(
    r"(?<![\d.,])(?P<a>\d{2}|[1-9](?!\.\d00))\.(?!000)(?P<b>\d{3})(?![\d.,])(?=\s*(?:điểm|%))"
    r"|(?P<label>(?<![\w])điểm(?:\s+số)?\s*:\s*)(?P<a2>[1-9](?!\.\d00))\.(?P<b2>\d{3})(?![\d.,])"
)


def _dot_decimal(m: re.Match[str]) -> str:
    """The dotted value written with a decimal comma, the label before it kept (the same length: offsets hold)."""
    if m["label"]:
        return f"{m['label']}{m['a2']},{m['b2']}"
    return f"{m['a']},{m['b']}"


def find_cues(low: str) -> list[Cue]:
    """Every claim wording in a lower-cased sentence, non-overlapping, in order."""
    cues: list[Cue] = []
    if "." in low and ("điểm" in low or "%" in low):
        low = _DOT_DECIMAL_POINTS.sub(_dot_decimal, low)
    # Shapes carrying their own years or lists come first; simpler shapes must not overlap them.
    if "(" in low or "so với" in low:
        _bracketed_year_values(low, cues)
    if "quốc gia" in low:
        _national_values(low, cues)
    if ":" in low:
        _labelled_pillar_places(low, cues)
    twice = (
        [*_TWICE_LEADER.finditer(low), *_TWICE_LEADER_YEARS_FIRST.finditer(low)]
        if ("lần" in low or "năm" in low) and _ANY_TWO_YEARS.search(low) else ()
    )
    for m in twice:
        # "Sau hai năm liền xếp thứ nhì vào các năm 2020 và 2021, X …": that place in both years, for the body
        # after it when the sentence opens on it ("X, sau hai năm liên tiếp 2013 - 2014 đứng đầu, …": the one before)
        n = _ord(m["n"]) if m["n"] else 1
        if n:
            cues.append(Cue("leader" if n == 1 else "rank", m.start(), m.end(), rank=n,
                            years=[int(m["y1"]), int(m["y2"])], subject_after=m.re is _TWICE_LEADER or not low[: m.start()].strip(" ,")))
    for m in _TWO_YEARS_RANKS.finditer(low) if "sau" in low else ():
        ranks = _ord_list(m["list"])
        k = parse_int(m["k"]) or len(ranks)
        if len(ranks) == k:
            for i, r in enumerate(ranks):
                cues.append(Cue("rank", m.start(), m.end(), rank=r, years=[i - k]))
    for m in _SPAN_OF_PLACES.finditer(low) if "từ năm" in low else ():
        places = list(re.finditer(r"\d{1,3}", m["list"]))
        first, last = int(m["a"]), int(m["b"])
        if len(places) == last - first + 1:
            for year, p in enumerate(places, start=first):
                s = m.start("list") + p.start()
                cues.append(Cue("rank", s, s + len(p.group(0)), rank=int(p.group(0)), years=[year]))
    for series in _PLACE_YEAR_SERIES.finditer(low) if "/" in low and "(" in low else ():
        for m in _PLACE_YEAR_ITEM.finditer(low, series.start(), series.end()):
            n, tot = int(m["n"]), int(m["tot"])
            if 0 < n <= tot:
                cues.append(Cue("rank", m.start(), m.end(), rank=n, rank_total=tot, years=[int(m["y"])]))
    for m in _YEAR_PAREN_RANK.finditer(low) if "(" in low else ():
        n = _ord(m["n"])
        if n:
            tot = int(m["tot"]) if m["tot"] else None
            cues.append(Cue("rank", m.start(), m.end(), rank=n, rank_total=tot, years=[int(m["y"])]))
    for m in _PREV_POSITION.finditer(low) if "so với" in low else ():
        n = _ord(m["n"])
        if n:
            cues.append(Cue("rank", m.start(), m.end(), rank=n, years=[int(m["y"]) if m["y"] else -1]))
    for m in _PREV_YEAR_RANK.finditer(low):
        n = _ord(m["n"])
        if n and not _overlaps(cues, m.start(), m.end()):
            tot = int(m["tot"]) if m["tot"] and n <= int(m["tot"]) else None  # "khi chỉ đứng thứ 101/171"
            cues.append(Cue("rank", m.start("n") - 0, m.end(), rank=n, rank_total=tot, years=[int(m["y"])]))
    if "lần lượt" in low:
        _pillar_lists(low, cues)
    for m in _FROM_TOP.finditer(low) if "từ " in low else ():
        if not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("rank_list", m.start(), m.end(), values=list(range(1, 101)), subject_after=True))
    for m in _AFTER_THE_TOP.finditer(low) if "ngoài" in low else ():
        a = int(m["a"])
        b = int(m["b"]) if m["b"] else a + 30
        if a < b and not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("rank_list", m.start(), m.end(), values=list(range(a + 1, b + 1)), subject_after=True))
    for m in _NEXT.finditer(low):
        if not _overlaps(cues, m.start(), m.end()) and not _SHARE_ONE_PLACE.match(low, m.end()):
            cues.append(Cue("next_list", m.start(), m.end()))
    for m in _NEXT_AFTER_NAMES.finditer(low) if "sau" in low or "tiếp theo" in low else ():
        if not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("next_list", m.start(), m.end(), values=[NAMES_BEFORE]))
    for m in _BOTTOM_LIST.finditer(low) if "thấp nhất" in low else ():
        n = _ord(m["n"])
        if n and n > 1 and not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("bottom_list", m.start(), m.end(), top=n, rank_total=int(m["tot"]) if m["tot"] else None,
                            subject_after=True))
    # a span of places with its bodies after it ("vị trí từ 4 đến 6 lần lượt là …") or before it ("… lần lượt từ vị
    # trí thứ tư đến thứ sáu")
    # (as many bodies as places: each its place; a different count: all within the span's last place)
    # (a span "đến"/"tới" in words, or a dash after "vị trí" / "lần lượt" as before)
    spans = "đến" in low or "tới" in low or "vị trí" in low or "lần lượt" in low
    for pattern, names_after in ((_RANGE_LIST, True), (_RANGE_AFTER_NAMES, False)):
        for m in pattern.finditer(low) if spans else ():
            a, b = _ord(m["a"]), _ord(m["b"])
            if a and b and 0 < b - a < 30 and not _overlaps(cues, m.start(), m.end()):
                cues.append(Cue("rank_list", m.start(), m.end(), values=list(range(a, b + 1)), subject_after=names_after,
                                top=b if names_after else None))
    for m in _PLACES_LEFT_LIST.finditer(low) if "từ " in low else ():
        if not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("rank_list", m.start(), m.end(), values=_ord_list(m["list"]), years=[int(m["y"])]))
    for m in _LIST_THEN_NAMES.finditer(low):
        if not _overlaps(cues, m.start(), m.end()):
            # ("2,3,4": small numbers with bare commas, which the ordinal reader takes for decimals)
            bare = re.fullmatch(r"\d{1,2}(?:,\d{1,2})+", m["list"])
            values = [int(n) for n in m["list"].split(",")] if bare else _ord_list(m["list"])
            cues.append(Cue("rank_list", m.start(), m.end(), values=values, subject_after=True))
    for pattern in (_ORDER_LIST, _PLAIN_LIST):
        for m in pattern.finditer(low):
            if pattern is _ORDER_LIST and _POINTS_LABEL_BEFORE.search(low, max(0, m.start() - 16), m.start()):
                continue  # "với điểm số lần lượt là 89 và 88": points, each the body's in turn (the score reader's)
            if not _overlaps(cues, m.start(), m.end()):
                cues.append(Cue("rank_list", m.start(), m.end(), values=_ord_list(m["list"])))
    for m in _AMONG_THE_BEST.finditer(low) if "trong số" in low else ():
        n = parse_int(m["n"])
        if n and 1 < n <= 30 and not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("top", m.start(), m.end(), top=n, subject_after=True))
    for m in _TOP_POSITIONS.finditer(low) if "vị trí" in low else ():
        n = parse_int(m["n"])
        if n and n > 1 and not _overlaps(cues, m.start(), m.end()) and not _LEFT_OR_NEAR.search(low, max(0, m.start() - 25), m.start()):
            # ("Ngoài 2 vị trí đầu bảng này, … trong top 10 gồm A, B …": the group set aside, not the members')
            region = re.search(r"khu vực", m.group(0))
            after = bool(m["after"]) or bool(MEMBERS_NAMED_AFTER.match(low, m.end()))  # ("… có sự góp mặt của A, B")
            cues.append(Cue("top", m.start(), m.end(), top=n, subject_after=after,
                            group="khu vực" if region else None, values=["ordered"] if "lần lượt" in low[max(0, m.start() - 30):m.end()] else []))
    for m in _AHEAD_GROUP.finditer(low) if ("hơn" in low or "trên" in low or "trước" in low) else ():
        n = parse_int(m["n"])
        if n and 1 < n <= 30 and not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("top", m.start(), m.end(), top=n, subject_after=True))
    for m in _LAST.finditer(low) if _LAST_HINT.search(low) else ():
        if not _overlaps(cues, m.start(), m.end()):
            tot = int(m["tot"])
            head = re.search(r"chót|cuối|đội sổ|bét|(?:có|đạt)\s", m.group(0))
            if _COUNTED_BEFORE_LAST.search(low[max(0, m.start() - 20) : m.start()] + m.group(0)[: head.start() if head else 0]):
                # "Đứng 3 vị trí cuối bảng trong 63 tỉnh là A, B và thấp nhất là C": a group at the bottom, in no
                # order, save the one named the lowest
                lowest = _LOWEST_NAMED.search(low, m.end())
                if lowest:
                    cues.append(Cue("rank", lowest.start(), lowest.end(), rank=tot, rank_total=tot, subject_after=True))
                continue
            named_after = bool(re.match(r"[^,;.()]{0,30}?\s+là\s", low[m.end() :]))  # "… trong 20 sở ngành tỉnh là X"
            cues.append(Cue("rank", m.start(), m.end(), rank=tot, rank_total=tot, subject_after=named_after))
    # "tụt 2 hạng xuống thứ 15": "hạng" after a count is the unit of the move, never the start of a place
    counted = _COUNTED_HANG.sub(lambda c: c.group(1) + "    ", low) if "hạng" in low else low
    for m in _RANK.finditer(counted):
        if _overlaps(cues, m.start(), m.end()):
            continue
        if m["cue"] == "xếp hạng" and m["d"] and not m["tot"] and int(m["d"]) >= 20 and _RANKED_COUNT.match(low, m.end()):
            continue  # "EIU đã xếp hạng 173 thành phố trên thế giới": how many were ranked, no one's place
        moved_before = (
            m["cue"] in ("lên", "xuống") and _MOVED_BEFORE.search(low, max(0, m.start() - 30), m.start())
            and not re.match(r"\s*(?:điểm|%|lần)", low[m.end() :])
        )
        if m["d"] and not m["tot"] and not re.search(r"hạng|hàng|vị trí", m.group(0)) and not moved_before and not (
            _POINTS_IN_BRACKET_AFTER.match(low, m.end())
            # ("Mỹ xếp thứ 18, Trung Quốc xếp thứ 80, Nhật Bản xếp 15.": the last of a list of places, "thứ" left out)
            or _PLACE_LIST_BEFORE.search(low, max(0, m.start() - 60), m.start()) and re.match(r"\s*(?:[,.;]|$)", low[m.end() :])
        ):
            # "xếp 3 loại", "đứng 2 ngày": digits need "thứ"/"hạng"/"vị trí", a field ("xếp 27/63") or the place's
            # points beside it ("Indonesia đứng 109 (58,12 điểm)")
            continue
        if m["d"] and _COUNTED_LEADING_GROUP.match(low, m.end()):
            continue  # "được xếp hạng là 3 quốc gia hàng đầu": how many lead, no place
        before = low[max(0, m.start() - 12) : m.start()]
        if re.search(r"(?:năm|lần|ngày|bảng)\s*$", before):
            continue
        from_place = re.search(r"(?<![\w])từ\s*$", before)
        left_in = _YEAR_OF_PLACE_LEFT.match(low, m.end()) if from_place else None
        if from_place and left_in is None:
            continue  # "từ vị trí 55 lên vị trí 21/63": the position left behind, in a year not stated
        if re.search(r"(?:mất|rời|rời khỏi|rơi khỏi|nhường|nhường lại)\s*$", before):
            continue  # "đánh mất vị trí thứ 2": the place it no longer holds
        if _MANY_YEARS_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            continue  # "sau nhiều năm liên tục xếp hạng thứ nhất thì năm 2024 đã tụt xuống thứ 4": a record, no edition
        if m["cue"] in ("lên", "xuống") and not re.search(r"thứ|hạng|vị trí", m.group(0)) and not moved_before:
            continue  # ("giảm 1 bậc xuống 32": after a move by a number of places, the number reached is a place)
        n = _ord(m["n"] or m["d"])
        if n is None or n == 0:
            continue
        end = m.end()
        tot = int(m["tot"]) if m["tot"] else None
        if tot is None:
            t = _TOTAL_AFTER.match(low[end:])
            if t:
                tot = int(t["tot"])
                end += t.end()
        if tot is not None and not (n <= tot <= 300):
            continue
        # "Vị trí thứ 2 thuộc về X", "… thứ 2 trong bảng xếp hạng thuộc về X": the body follows
        # ("Phần Lan hạng 4 và hạng 5 thuộc về Hà Lan": another place between them owns that "thuộc về")
        # ("Đồng hạng 3 gồm các nước châu Âu: A, B và C": the bodies sharing it follow a list's opening)
        after = bool(
            # ("Vị trí số 1 về tự do kinh tế hiện nay thuộc về Singapore": what the place is in, named first)
            re.match(r"\s*(?:thuộc về|là)\s|(?:\s+(?!và(?![\w]))[^\s,;.:\d]+){1,5}?\s+thuộc về\s"
                     r"|\s+về\s(?:(?!và(?![\w]))[^,;.:\d]){0,80}?\sthuộc về\s", low[end:])
            or SHARED_PLACE_LIST.match(low, end)
            # ("Nhóm xếp thứ ba gồm Đức, Pháp": a group's place, its members after "gồm")
            or re.match(r"\s*(?:gồm|bao gồm)\s", low[end:]) and re.search(r"(?<![\w])nhóm\s+$", low[: m.start()])
            # ("Ở vị trí thứ 12, Việt Nam đã …": the place opening the sentence, its holder after the comma)
            or re.match(r"\s*,\s*[^\W\d_]", low[end:]) and re.search(r"(?:^|[.;:]\s*)(?:ở|tại)\s+$", low[: m.start()])
        )
        # ("tăng từ vị trí thứ ba năm ngoái lên vị trí thứ hai": the place left, in the edition before)
        cues.append(Cue("rank", m.start(), end, rank=n, rank_total=tot, subject_after=after,
                        years=[-1] if left_in and left_in["last"] else []))
        # "86/193 quốc gia, 24/47 châu Á và 6/11 Đông Nam Á"
        pos = end
        while True:
            tail = low[pos:]
            skip = re.match(
                r"^\s*(?:quốc gia|nước|tỉnh[^,;]*?|thế giới|(?:ở|tại|trong)\s+(?:khu vực\s+)?(?:châu á|đông nam á|asean))?", tail
            )
            offset = skip.end() if skip else 0
            r = _REGION_CONT.match(tail[offset:])
            if not r:
                break
            s, e = pos + offset + r.start("n"), pos + offset + r.end()
            cues.append(Cue("rank", s, e, rank=int(r["n"]), rank_total=int(r["tot"]), group=r["g"]))
            pos = e
    for m in _PAREN_RANK.finditer(low) if "(" in low else ():
        n = _ord(m["n"] or m["f"])
        tot = m["t1"] or m["t2"]
        tot_i = int(tot) if tot else None
        if m["f"] and _DATE_BEFORE_BRACKET.search(low, max(0, m.start() - 25), m.start()):
            continue  # "công bố chiều nay (11/11)": a day and month
        if n and (tot_i is None or n <= tot_i <= 300) and not _overlaps(cues, m.start(), m.end()):
            # "(thứ 44 thế giới)": the whole field, whatever region the sentence is about
            cues.append(Cue("rank", m.start(), m.end(), rank=n, rank_total=tot_i, group=WORLD if m["world"] else None))
    if "(" in low and (
        # ("lọt top 30 …: Singapore (2), Úc (6)": members of a top group with their places)
        re.search(r"xếp|đứng|hạng|thứ|vị trí|dẫn đầu|t[oố]p\s*\d", low) or _POINTS_SENTENCE.search(low)
        or _LABELLED_POINTS_BRACKET.search(low)
    ):
        _bare_bracket_ranks(low, cues)
        for m in _PLACE_AFTER_SCORE_IN_BRACKET.finditer(low):
            if not _overlaps(cues, m.start("c"), m.end("n")):
                cues.append(Cue("rank", m.start("c"), m.end("n"), rank=int(m["n"])))
    for m in _RANK_OBJECT.finditer(low) if "xếp " in low else ():
        n = _ord(m["n"])
        tot = int(m["tot"]) if m["tot"] else None
        if n and (tot is None or n <= tot <= 300) and not _overlaps(cues, m.start("q"), m.end()):
            cues.append(Cue("rank", m.start("q"), m.end(), rank=n, rank_total=tot))
    for m in _RANK_AFTER_QUALIFIER.finditer(low) if "xếp hạng" in low else ():
        n = _ord(m["n"])
        tot = int(m["tot"]) if m["tot"] else None
        if n and (tot is None or n <= tot <= 300) and not _overlaps(cues, m.start("q"), m.end()):
            cues.append(Cue("rank", m.start("q"), m.end(), rank=n, rank_total=tot))
    if "từ" in low:
        _from_to_places(low, cues)
    for m in _RANK_WORD.finditer(low):
        n = 2 if m["runner"] else _ord(m["n"] or m["n2"])
        if n and not _overlaps(cues, m.start(), m.end()):
            # "á quân Đồng Tháp": the runner-up named right after the word (not "Đồng Tháp giữ ngôi á quân bảng …")
            after = (bool(m["runner"]) and not re.match(r"\s*(?:là|thuộc về)?\s*[,.;]", low[m.end() :])
                     and not re.search(r"(?:ngôi|vị trí|là|giữ|giành|trở thành)\s+$", low[: m.start()])) or bool(
                re.match(r"\s*(?:là|thuộc về)\s", low[m.end() :])
            )
            cues.append(Cue("rank", m.start(), m.end(), rank=n, subject_after=after))
    conts = list(_RANK_CONT.finditer(low))
    listed = [m for m in conts if not re.search(r"(?:từ|lên|xuống|vị trí|hạng)\s*$", low[max(0, m.start() - 12) : m.start()])]
    for m in conts:
        if _overlaps(cues, m.start(), m.end()):
            continue
        prior = [c for c in cues if c.kind in ("rank", "leader") and c.end <= m.start()]
        if not prior:
            prior = [c for c in _LEADER.finditer(low[: m.start()])]  # type: ignore[misc]
        if not prior and (len(listed) < 3 or m not in listed):
            continue  # ("A xếp vị trí cuối cùng - thứ 21, B thứ 20, C thứ 19": a list of places needs no cue before)
        if re.search(r"(?:năm|lần|ngày|vị trí|(?<![\w])từ)\s*$", low[max(0, m.start() - 10) : m.start()]):
            continue  # ("Bộ Tư pháp từ thứ 3 xuống 9": the place left)
        n = _ord(m["n"])
        if n:
            after = bool(re.match(r"\s*(?:là|thuộc về)\s", low[m.end() :]))
            # ("thứ 6/10 nước thành viên ASEAN": a region's field, which the region's own place takes)
            tot = int(m["tot"]) if m["tot"] and n <= int(m["tot"]) and not _region_follows(low, m.end()) else None
            cues.append(Cue("rank", m.start(), m.end(), rank=n, rank_total=tot, subject_after=after))
    _bare_place_lists(low, cues)
    for m in _NUMBER_N.finditer(low) if "số " in low else ():
        if not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("rank", m.start(), m.end(), rank=int(m["n"]), values=[BARE]))
    for m in _BARE_PLACE.finditer(low) if "thứ " in low else ():
        n = _ord(m["n"])
        if n and not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("rank", m.start(), m.end(), rank=n, values=[BARE]))
    for hints, pattern in _TOP:
        for m in pattern.finditer(low) if not hints or any(h in low for h in hints) else ():
            if _overlaps(cues, m.start(), m.end()):
                continue
            n = parse_int(m["n"])
            if not n or n > 100:
                continue
            if _LEFT_OR_NEAR.search(low[max(0, m.start() - 25) : m.start()]):
                continue  # "rời khỏi top 10", "tiến gần đến top 10": outside the group
            if _OF_THE_WORST.match(low, m.end()):
                continue  # "top 10 quốc gia có điều kiện sống tồi tệ nhất": a group at the bottom, no top group
            noun = m.groupdict().get("noun")
            tot = None
            t = _TOP_TOTAL.match(low[m.end() :])
            if t and int(t["tot"]) > n:
                tot = int(t["tot"])
            # "Nằm trong Top 5 PCI 2024 bên cạnh Hải Phòng là các địa phương như A …", "Top 30 PCI 2024 còn ghi nhận sự
            # có mặt của các địa phương A, B …": its members named after it
            members_after = bool(MEMBERS_NAMED_AFTER.match(low, m.end()))
            cues.append(Cue("top", m.start(), m.end(), top=n, rank_total=tot, field_noun=noun, subject_after=members_after))
            # "3 địa phương dẫn đầu về nhân lực số: A, B, C; về hạ tầng số: D, E, F": each heading its group
            for more in _NEXT_HEADING.finditer(low, m.end()):
                name = component_name(more["comp"])
                if name and not _overlaps(cues, more.start(), more.end()):
                    cues.append(Cue("top", more.start(), more.end(), top=n, subject_after=True, components=[name]))
    for m in _FIRST_GROUP_NAMED.finditer(low) if "nhóm" in low else ():
        # "Các tỉnh … ở nhóm đầu gồm: A, B, C, D, E": the first group, its members after it (a group of as many)
        if not re.search(r"…|\.\.\.|\bv\.v\b", low[m.end() :]):
            g = "g" if m["g"] else "g2"
            cues.append(Cue("leader", m.start(g), m.end(), rank=1, subject_after=True))
    for m in _LEADER.finditer(low):
        if _overlaps(cues, m.start(), m.end()):
            continue
        before = low[max(0, m.start() - 40) : m.start()]
        # "các địa phương dẫn đầu", "những tỉnh đứng đầu": a group, not a subject's rank.
        # ("A, B và C là các nước đứng đầu về …": the group is the bodies named before it, a top group of as many)
        group_before = bool(
            re.search(r"(?<![\w])là\s+(?:các|những)\s+(?:nước|quốc gia|tỉnh|địa phương|bộ|đơn vị|nền kinh tế)(?:,?\s+thành(?:\s+phố)?)?\s+$", before)
            and m.group(0) in ("dẫn đầu", "đứng đầu")
        )
        if re.search(r"(?:các|những|nhóm)\s+(?:[^\s,.;]+\s+){0,3}$", before) and not re.search(r"vị trí\s+$", before) and not group_before and not (
            (m.group(0) in ("dẫn đầu", "đứng đầu") or ("cao nhất" in m.group(0) and "nhóm" not in m.group(0)))
            and re.search(r"(?:các|những)\s+(?:[^\s,.;]+\s+){0,3}$", before)
            and not re.search(r"nhóm\s+(?:[^\s,.;]+\s+){0,2}$", before) and _GROUP_NAMED_AFTER.match(low, m.end())
            and not re.search(r"…|\.\.\.|\bv\.v\b", low[m.end() :])  # (a list left open gives no group's size)
        ):  # ("các tỉnh dẫn đầu về PAPI năm 2023 là: A, B, C", "Các địa phương có kết quả cao nhất gồm: A, B": the group,
            continue  # then its members)
        if _ALL_INDICATORS.search(low[: m.start()]):
            continue
        if re.search(r"(?<![\w])(?:đã\s+)?từng\s+(?:là\s+|giữ\s+|đứng\s+|xếp\s+)?$", before) and not re.match(
            r"[^,;.()]{0,30}?(?:19|20)\d\d", low[m.end() :]
        ):  # "Trung Quốc, nước đã từng đứng đầu bảng xếp hạng, đứng ở vị trí thứ 46": a first place it once held, in no
            continue  # year said ("cũng từng đứng đầu năm 2007" is that year's)
        if re.search(r"thuộc\s+nhóm\s+[^.;()]{0,45}$|(?:trong|ở)\s+nhóm\s+[^.;()\d]{0,45}\scó\s+[^.;()]{0,30}$",
                     low[max(0, m.start() - 60) : m.start()]):
            continue  # "(thuộc nhóm tỉnh, thành có Chỉ số PAPI cao nhất)": the highest band, not the first place
        if re.search(r"(?<![\w])từ\s+(?:vị trí\s+)?$", before):
            # "Đà Nẵng từ ngôi đầu năm 2020 lùi xuống thứ hai": the first place left, in the year written after it
            left = re.match(r"\s*(?:của\s+|vào\s+|trong\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?!\d)", low[m.end() :])
            if left:
                cues.append(Cue("rank", m.start(), m.end() + left.end(), rank=1, years=[int(left["y"])]))
            continue
        if re.search(r"(?<![\w])(?:\d{1,3}|" + WORD_ALT + r")\s+(?:" + FIELD_NOUN + r")\s*$", before):
            continue  # "10 tỉnh, thành phố có điểm số cao nhất": a counted group, none of them first
        if re.search(r"(?:top|tốp|nhóm)\s*\d{1,3}\s+(?:" + FIELD_NOUN + r")?\s*$", before):
            continue  # "vào Top 10 tỉnh, thành phố dẫn đầu": the group that leads, not this body first
        if re.search(r"(?:so với|với|sau|trước|của)\s+(?:các\s+)?(?:đơn vị|địa phương|tỉnh|bộ|nước|quốc gia|nền kinh tế)\s+$", before) and not (
            re.search(r"của\s+tỉnh\s+$", before) and re.match(r"\s+(?:cả nước|toàn quốc|trong cả nước)", low[m.end() :])
        ):  # ("chỉ số công nghiệp CNTT của tỉnh dẫn đầu cả nước" is a claim: the province leads)
            # "thấp hơn 11,92% so với đơn vị dẫn đầu": the leader named as a reference, not a claim
            continue
        if re.match(r"(?:\s+[^\s,;.]+){0,4}?\s+(?:trước đó|trước đây|những năm trước|các năm trước|các kỳ trước)", low[m.end() :]):
            continue  # "địa phương đứng đầu bốn năm trước đó": past, unnamed years
        if _MANY_YEARS_BEFORE.search(before):
            continue  # "nhiều năm đứng đầu": a record over unnamed years, not one assessment
        if re.search(r"(?<![\w])sau\s+(?:\d{1,2}|" + WORD_ALT + r")\s+(?:năm|lần|kỳ)(?:\s+(?:liền|liên tiếp))?\s+$", before) or re.search(
            r"(?<![\w])(?:đánh mất|tuột mất|để mất|mất|nhường lại|nhường)\s+(?:ngôi(?:\s+vị)?\s+)?$", before
        ):
            continue  # "sau 4 năm dẫn đầu đã rơi xuống thứ hai", "tuột mất ngôi nền kinh tế cạnh tranh nhất": no more first
        if m.group(0).startswith(("có", "là")) and re.search(
            r"(?<![\w])(?:doanh nghiệp|công ty|tập đoàn|ngân hàng(?!\s+nhà nước))(?![\w])[^,;.]{0,60}$", low[: m.start()]
        ):
            continue  # "Tập đoàn X … là doanh nghiệp viễn thông có chỉ số hạ tầng cao nhất": a firm, not a ranked body
            # (the State Bank is a ministry-level body: "Ngân hàng Nhà nước là đơn vị có Chỉ số … cao nhất")
        if re.search(r"(?<![\w])ngoài\s+(?:(?:\d{1,2}|" + WORD_ALT + r")\s+)?$", before):
            continue  # "Ngoài 2 vị trí đầu bảng này, … top 10 gồm A, B": the places set aside, not these bodies'
        if re.search(r"(?:chênh lệch|khoảng cách)\s+(?:điểm\s+)?giữa[^,;.]{0,60}$", before):
            continue  # "Chênh lệch giữa địa phương có điểm số cao nhất và thấp nhất là …": a difference, no one placed
        if _BEHIND_OTHERS_AFTER.match(low, m.end()):
            continue  # "là quốc gia tốt nhất để đầu tư trong năm 2016 sau Ấn Độ và Singapore": behind them, not first
        if re.search(r"(?<![\w])(?<!chiếm )(?<!giữ )(?:\d{1,2}|" + WORD_ALT + r")\s+vị trí\s+$", before) and not re.match(
            r"[^.;]{0,60}?(?<![\w])(?:là|gồm|thuộc về)(?![\w])", low[m.end() :]
        ):
            continue  # "3 vị trí đứng đầu … không có gì thay đổi": the first places counted, no body named
        # "có thứ hạng dẫn đầu (khối sở) là A, B và C": the leaders are named after the cue
        # ("dẫn đầu với chỉ số là 89,42": a value follows that "là", not the leaders)
        after = bool(re.match(r"(?:\s+(?!là\b)[^\s,;.:]+){0,3}\s+là\s(?!\s*\d)", low[m.end() :])) or bool(
            re.match(r"\s+về\s[^;.]{0,80}?\sthuộc về\s", low[m.end() :])  # "đứng đầu về chỉ số …, … thuộc về UBND tỉnh X"
        )
        cues.append(Cue("leader", m.start(), m.end(), rank=1, subject_after=after, values=[GROUP_BEFORE] if group_before else []))
    for m in _CHANGE_LIST.finditer(low) if "lần lượt" in low else ():
        if not _overlaps(cues, m.start(), m.end()):
            sign = -1 if m["lost"] or m["dir"] in ("giảm", "tụt") else 1
            values = [sign * v for v in (parse_int(t) for t in re.findall(r"\d{1,3}|" + WORD_ALT, m["list"])) if v]
            cues.append(Cue("change_list", m.start(), m.end(), values=values))
    for m in _CAME_FIRST.finditer(low) if "về " in low else ():
        if not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("rank", m.start(), m.end(), rank=1 if m["n"] == "nhất" else 2))
    for m in _KEEP.finditer(low):
        # ("tiếp tục duy trì vị trí thứ 6 trong Đông Nam Á": the region's place kept, a field no change is read in)
        if not _overlaps(cues, m.start(), m.end()) and not _region_follows(low, m.end()):
            versus = re.match(r"\s*(?:của\s+)?(?:năm|kỳ)\s+(?P<y>(?:19|20)\d\d)\b", low[m.end() :])
            end = m.end() + versus.end() if versus else m.end()  # "bằng xếp hạng năm 2022": 2022 is compared
            cues.append(Cue("change", m.start(), end, rank_change=0, versus=int(versus["y"]) if versus else None))
    for m in _KEEP_OF_A_BODY.finditer(low) if "so với" in low else ():
        if not _overlaps(cues, m.start("keep"), m.end("keep")):
            cues.append(Cue("change", m.start("keep"), m.end("keep"), rank_change=0))
    for m in _CHANGE.finditer(low):
        if _overlaps(cues, m.start(), m.end()):
            continue
        n = parse_int(m["n"])
        if n is None:
            continue
        sign = -1 if m["dir"] in ("giảm", "tụt", "xuống", "thụt lùi", "lùi", "rớt", "tuột", "sụt", "rơi", "hạ") else 1
        latest = bool(re.match(r"\s*,?\s*từ\b", low[m.end() :]))
        if re.match(r"\s*so(?: với)?\s+(?:cách đây|trước đây|trước đó)\s+(?:\d+|" + WORD_ALT + r")\s+năm", low[m.end() :]):
            continue  # "thụt lùi 3 bậc so với cách đây 5 năm": against an older edition, not the previous one
        if _OVER_YEARS.match(low, m.end()) or _OVER_NAMED_YEARS.search(low, 0, m.start()) or _OVER_YEARS_BEFORE.search(
            low, max(0, m.start() - 110), m.start()
        ):
            continue  # "cải thiện 29 bậc trong những năm vừa qua", "tăng 25 bậc sau 3 năm": over several editions
        versus = re.match(r"\s*so(?: với)?\s+(?:năm\s+|kỳ\s+|kết quả\s+)?(?P<y>(?:19|20)\d\d)\b", low[m.end() :])
        # "nhảy 50 bậc từ năm 2014": since that edition, whichever editions came between
        since = re.match(r"\s*,?\s*(?:kể\s+)?từ\s+(?:năm\s+)?(?P<y>(?:19|20)\d\d)\b", low[m.end() :])
        flags = ["since"] if since else ["latest"] if latest else []
        versus = versus or since
        again = _ELIDED_CHANGE.match(low, m.end())
        if again and not _overlaps(cues, again.start("n"), again.end()):
            # "tăng 34 bậc … so với năm 2016 và 3 bậc so với năm ngoái": a second change, its verb left out; against
            # the year before it is the change, and the first one (against an older edition) is none
            cues.append(Cue("change", again.start("n"), again.end(), rank_change=sign * int(again["n"]),
                            versus=int(again["y"]) if again["y"] else None))
            if not again["y"] and again["older"]:
                continue
        cues.append(Cue("change", m.start(), m.end(), rank_change=sign * n, values=flags,
                        versus=int(versus["y"]) if versus else None))
    for m in _CHANGE_AGAINST_AN_EDITION.finditer(low) if "hơn" in low else ():
        n = parse_int(m["n"])
        if n and not _overlaps(cues, m.start(), m.end()):
            versus = re.match(r"\s*so với\s+(?:năm\s+|kỳ\s+)?(?P<y>(?:19|20)\d\d)\b", low[m.end() :])
            cues.append(Cue("change", m.start(), m.end(), rank_change=n if m["dir"] == "cao hơn" else -n,
                            versus=int(versus["y"]) if versus else None))
    for m in _MOST_CHANGED.finditer(low) if "nhiều nhất" in low else ():
        if not _overlaps(cues, m.start("n"), m.end()):
            sign = 1 if m["dir"] == "tăng" else -1
            cues.append(Cue("change", m.start("n"), m.end(), rank_change=sign * int(m["n"])))
    for m in _MOST_CHANGED_BRACKET.finditer(low) if "nhất" in low else ():
        cues[:] = [c for c in cues if not (c.kind == "change" and c.start < m.end() and m.start() < c.end)]
        sign = 1 if m["dir"] in ("tăng", "thăng") else -1
        cues.append(Cue("change", m.start(), m.end(), rank_change=sign * int(m["n"]), subject_after=True))
    _find_scores(low, cues)
    for m in _AFTER_X.finditer(low) if "sau" in low else ():
        if not _overlaps(cues, m.start(), m.end()):
            cues.append(Cue("after_x", m.start(), m.end()))
    cues.sort(key=lambda c: (c.start, c.end))
    for c in cues:
        if c.kind in ("leader", "top") and c.rank_total is None and (field := _LEADERS_FIELD.match(low, c.end)):
            c.rank_total = int(field["tot"])
    _clause_totals(low, cues)
    _field_closing_the_sentence(low, cues)
    if "liên tiếp" in low:
        _first_through_a_run_of_years(low, cues)
    if "cuối" in low and ":" in low:
        _last_of_a_framed_field(low, cues)
    if "(" in low:
        _date_bracket_values(low, cues)
    if "so với" in low:
        _compared_edition_values(low, cues)
    if "khu vực" in low or "vùng" in low:
        # "xếp thứ 4/9 khu vực được đánh giá": a place among regions, held by a region, never by a body
        cues[:] = [c for c in cues if not (c.kind == "rank" and _AMONG_REGIONS.match(low, c.end))]
    return cues


_AMONG_REGIONS = re.compile(r"\s+(?:khu vực|vùng)(?=\s+(?:được|trên|trong|của)(?![\w])|\s*[,.;)]|\s*$)")


# "So với năm 2022 (0,45 điểm, xếp thứ 15), …", "so với mức 4,23 điểm và vị trí 68 trong kỳ 2014-2015": the values of
# the edition compared with are that edition's, each of them (an edition named over two years takes its first)
_COMPARED_YEAR_BRACKET = re.compile(
    r"so với\s+(?:(?:năm|dti|chỉ số|kỳ|kết quả|xếp hạng)\s+)*(?P<y>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)?\d\d)?\s*"
    # (the bracket opens on a value or a place: "(giá trị DTI chung đạt 0,6735)" after a change is this edition's)
    r"\((?P<in>(?:đạt\s+)?(?:\d|xếp|đứng|hạng|thứ|vị trí)[^()]{2,120})\)"
)
_COMPARED_VALUES_OF_YEAR = re.compile(
    r"so với\s+(?P<in>(?:mức|vị trí|thứ hạng|điểm số|số điểm|kết quả)\s[^;.()]{2,80}?)\s*,?\s*(?:của\s+|trong\s+|ở\s+|tại\s+)?"
    r"(?:năm|kỳ|phiên bản|báo cáo)\s+(?P<y>(?:19|20)\d\d)(?:\s*[-–]\s*(?:19|20)?\d\d)?(?!\d)"
)
_POINTS_IN_FRAME = re.compile(r"(?<![\d,.])(?P<v>\d{1,3},\d+|0\.\d+)\s*điểm")


def _compared_edition_values(low: str, cues: list[Cue]) -> None:
    for m in (*_COMPARED_YEAR_BRACKET.finditer(low), *_COMPARED_VALUES_OF_YEAR.finditer(low)):
        year, start, end = int(m["y"]), m.start("in"), m.end("in")
        for v in _POINTS_IN_FRAME.finditer(low, start, end):
            if not _overlaps(cues, v.start("v"), v.end("v")):
                cues.append(Cue("score", v.start("v"), v.end(), score=parse_number(v["v"])))
        for c in cues:
            if start <= c.start and c.end <= end + 1 and c.kind in ("rank", "score") and not c.years:
                c.years = [year]
    cues.sort(key=lambda c: (c.start, c.end))


# "Việt Nam 61/167 – 73,35 điểm": an item's value after a dash or in a bracket, after its place
_ITEM_VALUE_AFTER = r"\s*(?:[-–]|\()\s*\d{1,4}(?:[.,]\d+)?\s*(?:điểm|%|\))?\s*(?:,|;|\.|và\s|$)"
# "Thái Lan xếp 43/167 với 75,34 điểm, Việt Nam 61/167 – 73,35 điểm, …": a place's value, before the list goes on
_PLACE_VALUE = re.compile(r"\s*(?:với|đạt|[-–])\s*\d{1,4}(?:[.,]\d+)?\s*(?:điểm|%)?(?=\s*[,;])")
# "Singapore xếp hạng 11, Malaysia 32, Brunei Darussalam 68 và Lào 151": after a place, names each with a bare
# number. BARE marks these cues: the claim rules take one only where a body's name ends right before it.
# ("…, Malaysia số 38, Campuchia số 84": "số" before the number too)
_BARE_ITEM = re.compile(
    # ("Singapore xếp vị trí 1/81; Brunei 42/81; Malaysia 47/81": each with its field)
    r"\s*(?:,|và|;)\s*(?:và\s+)?(?P<name>[^\d,;.()]{2,40}?)\s+(?P<num>(?:số\s+)?(?P<n>\d{1,3})(?:/(?P<tot>\d{2,3}))?)"
    r"(?![\d,./]\d)(?=\s*(?:,|;|\.|và\s|$)|" + _ITEM_VALUE_AFTER + ")"
)
BARE = "bare"
GROUP_BEFORE = "group_before"  # "A, B và C là các nước đứng đầu": a group the bodies named before it make up
NAMES_BEFORE = "names_before"  # "Úc, New Zealand và Mỹ tiếp sau": a continuation whose bodies come before its words
# Scores given "lần lượt" / "tương ứng" after the bodies they belong to, in their order
RESPECTIVE = "respective"
# "Quận Ngô Quyền thứ 2 đạt 85,84 điểm": "thứ N" right after a body's name, its value after it (BARE: only there)
_BARE_PLACE = re.compile(
    r"(?<![\w])thứ\s+(?P<n>" + ORD + r")(?=\s+(?:đạt|với)\s+\d|\s*\(\s*\d|\s+\d{1,3},\d+\s*(?:điểm|%))"  # ("… thứ 2 54,51 điểm")
)
# "Quảng Ninh số 1, Hải Phòng số 2 trong xếp hạng …": "number N" right after a body's name (BARE: only there)
_NUMBER_N = re.compile(
    r"(?<![\w])số\s+(?P<n>[1-9]\d{0,2})(?![\w/-]|[.,]\d)(?=\s*(?:,|;|$|\.(?!\d))|\s+(?:trong|về|tại|của|cả nước|toàn quốc|thế giới)(?![\w]))"
)


def _bare_place_lists(low: str, cues: list[Cue]) -> None:
    for first in [c for c in cues if c.kind == "rank" and c.rank is not None and not c.years]:
        if not re.search(r"\d\s*$", low[first.start : first.end]):
            continue
        _bare_items(low, cues, first.end, _BARE_ITEM)
    # "… có thứ hạng: Lâm Đồng 20, Đắk Lắk 35, Gia Lai 41": a list of places opened by its label and a colon
    for opener in _PLACES_COLON.finditer(low) if ":" in low else ():
        head = _BARE_ITEM_FIRST.match(low, opener.end())
        if head and _BARE_ITEM.match(low, head.end()):  # (two items at least: one alone is no list)
            _bare_items(low, cues, opener.end(), _BARE_ITEM_FIRST)
    if ":" in low and _PLACE_SENTENCE.search(low) and "điểm" not in low:
        _places_after_colons(low, cues)


def _places_after_colons(low: str, cues: list[Cue]) -> None:
    """"… xếp vị trí thấp, như Anh: 44, Đức: 47, Canada: 65": each body's place after a colon, two bodies or more in a
    row, in a sentence of places (never points: "Đan Mạch: 90 điểm" has its unit, a sentence of points no place word)."""
    runs: list[list[re.Match[str]]] = []
    for m in _NAME_COLON_ITEM.finditer(low):
        if runs and runs[-1][-1].end() == m.start():
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in (r for r in runs if len(r) >= 2):
        for m in run:
            if not _overlaps(cues, m.start("n"), m.end("n")) and not _NOT_A_NAME.search(m["name"]):
                cues.append(Cue("rank", m.start("n"), m.end("n"), rank=int(m["n"]), values=[BARE]))


def _bare_items(low: str, cues: list[Cue], pos: int, first: re.Pattern[str]) -> None:
    """Each "name N" of a list from `pos` on, as a BARE place; `first` reads the first item. After a place the list
    goes on past that place's value ("… xếp 43/167 với 75,34 điểm, Việt Nam 61/167 – 73,35 điểm, …")."""
    item = first
    while True:
        if item is _BARE_ITEM and (value := _PLACE_VALUE.match(low, pos)):
            pos = value.end()
        m = item.match(low, pos)
        if not m or _overlaps(cues, m.start("n"), m.end("n")):
            break
        n = int(m["n"])
        if not 1 <= n <= 300 or re.search(
            r"(?<![\w])(?:năm|điểm|bậc|lần|ngày|tháng|top|tốp|nhóm|hạng|thứ|vị trí|lọt|đứng|xếp|tăng|giảm|đạt|với)(?![\w])|%",
            m["name"],
        ):
            break  # a name alone before the number: "…, Malaysia 32", not "…, còn B lọt top 5"
        tot = int(m["tot"]) if m["tot"] else None
        if tot is not None and not n <= tot:
            break
        cues.append(Cue("rank", m.start("num"), m.end("num"), rank=n, rank_total=tot, values=[BARE]))
        pos, item = m.end(), _BARE_ITEM


_PLACE_SENTENCE = re.compile(r"(?<![\w])(?:xếp|vị trí|thứ hạng|hạng)(?![\w])")
_NAME_COLON_ITEM = re.compile(
    r"(?:\s*(?:,|;|và)\s*)?(?:như\s+)?(?P<name>[^\W\d][^\d,;.():]{0,40}?)\s*:\s*(?P<n>\d{1,3})(?![\d,./]\d|\s*(?:%|điểm|bậc))"
    r"(?=\s*(?:,|;|\.|và\s|$))"
)
_NOT_A_NAME = re.compile(r"(?<![\w])(?:năm|điểm|bậc|hạng|thứ|vị trí|xếp|top|tốp|tổng|số)(?![\w])")
_PLACES_COLON = re.compile(r"(?:thứ hạng|xếp hạng|vị trí)(?:\s+(?:lần lượt|tương ứng|như sau))?\s*:")
_BARE_ITEM_FIRST = re.compile(
    r"\s*(?P<name>[^\d,;.():]{2,40}?)\s+(?P<num>(?P<n>\d{1,3})(?:/(?P<tot>\d{2,3}))?)(?![\d,./]\d)(?=\s*(?:,|;|\.|và\s|$)|"
    + _ITEM_VALUE_AFTER + ")"
)


def _date_bracket_values(low: str, cues: list[Cue]) -> None:
    """"(năm 2012: hạng 83, 0,5217 điểm)": a bracket that opens with a year and states that year's values
    dates every value in it, not only the first."""
    for b in _BRACKET.finditer(low):
        year = _bracket_year(low, b)
        if len(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", b.group(1))) != 1:
            continue  # "(năm 2020 xếp hạng 27, năm 2021 xếp thứ 21, …)": each value has its own year
        inside = [c for c in cues if b.start(1) <= c.start and c.end <= b.end(1) + 1 and c.kind in ("rank", "score")]
        if year and any(c.years == [year] for c in inside):
            for c in inside:
                if not c.years:
                    c.years = [year]


# Earlier years' values given in brackets after this year's: "(năm 2022 là 53,96 và 2021 là 51,82 điểm)",
# "(năm 2022 con số này là 55/181)".
_BRACKET = re.compile(r"\(([^()]{4,120})\)")
_YEAR_VALUE = re.compile(
    r"(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s*(?:,\s*)?(?:con số này\s+|chỉ số này\s+|thứ hạng\s+)?(?:là|đạt|:)\s+"
    r"(?:(?:thứ|hạng)\s+(?P<r>\d{1,3})(?![\d./]|,\d)|(?:(?:thứ|hạng)\s+)?(?P<v>\d{1,3}\s*/\s*\d{1,3}|\d{1,4},\d+|0\.\d+))"
)
# "(so với 0,60 điểm năm 2022 và 0,51 điểm năm 2021)": each value, then its year
_VALUE_THEN_YEAR = re.compile(r"(?P<v>\d{1,4},\d+|0\.\d+)\s*(?:điểm\s+)?(?:của\s+|vào\s+|trong\s+)?năm\s+(?P<y>(?:19|20)\d\d)(?!\d)")


# "(năm 2018 xếp thứ 2 với 0,897 điểm)": an earlier year's place and score in brackets
_YEAR_PLACE = re.compile(
    # "(năm 2019, Long An xếp thứ 7/63 …)": the body may be named again between the year and its place
    r"\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s*,?\s*(?:(?:tỉnh|thành phố|bộ)\s+)?(?:[^\s\d,;()]+\s+){0,4}?(?:xếp|đứng)\s+"
    r"(?:ở\s+)?(?:vị trí\s+|hạng\s+)?"
    r"(?:thứ\s+)?(?P<n>" + ORD + r")(?:\s*/\s*(?P<tot>\d{1,3}))?(?:[^()]*?(?:với|đạt)\s+(?P<v>\d{1,4},\d+)\s*điểm)?"
)


# "so với DTI 2021 (0,794)", "tăng 10 bậc so với năm 2021 (xếp hạng 15)": the compared year's own value
_COMPARED_YEAR_VALUE = re.compile(
    r"so với\s+(?:(?:năm|dti|chỉ số|kỳ|kết quả)\s+)*(?P<y>(?:19|20)\d\d)\s*\(\s*(?:(?:(?:khi|lúc)\s+(?:[^\s()\d]+\s+){0,3}?)?"
    r"(?:xếp\s+|đứng\s+)?(?:ở\s+)?(?:vị trí\s+|bậc\s+)?(?:hạng|thứ)\s+(?P<n>\d{1,3})"
    r"(?:\s*/\s*(?P<tot>\d{1,3}))?|(?P<v>0[,.]\d{2,}))\s*\)"
)


# "tăng 26 bậc so với năm 2021 xếp thứ 53/63", "so với năm 2021, khi xếp thứ 53": the compared year's place
# without brackets (a comma alone would open this year's own place: "so với năm 2021, xếp thứ 27")
_COMPARED_YEAR_PLACE = re.compile(
    r"so với\s+(?:(?:năm|dti|chỉ số|kỳ|kết quả)\s+)*(?P<y>(?:19|20)\d\d)(?:\s+|\s*,\s*(?=khi|lúc))(?:khi\s+|lúc\s+)?"
    r"(?:chỉ\s+)?(?:xếp|đứng)\s+(?:ở\s+)?(?:vị trí\s+|hạng\s+)?(?:thứ\s+)?(?P<n>\d{1,3})(?:\s*/\s*(?P<tot>\d{1,3}))?(?!\d|[,.]\d)"
)


# "so với vị trí năm 2019 (thứ 10/17 Bộ) và năm 2018 (thứ 11/17 Bộ)": a year, then its place in brackets
_YEAR_THEN_BRACKETED_PLACE = re.compile(
    r"năm\s+(?P<y>(?:19|20)\d\d)\s*\(\s*(?:xếp\s+|đứng\s+)?(?:thứ|hạng)\s+(?P<n>\d{1,3})(?:\s*/\s*(?P<tot>\d{1,3}))?"
    r"(?:[^()\d]{0,25}?(?P<v>0[,.]\d{2,}))?[^()]{0,30}\)"
)


# "Xếp hạng chính quyền số: 44/63 tỉnh, thành phố": a pillar's label, a colon, its place over the field
_LABELLED_PILLAR_PLACE = re.compile(
    r"(?:xếp hạng|thứ hạng|vị trí)\s+(?:về\s+)?(?:chỉ số\s+|trụ cột\s+)?(?P<comp>" + COMPONENT_ALT + r")\s*:\s*"
    r"(?:thứ\s+|hạng\s+)?(?P<n>\d{1,3})\s*/\s*(?P<tot>\d{1,3})(?![\d,.])"
)


def _labelled_pillar_places(low: str, cues: list[Cue]) -> None:
    for m in _LABELLED_PILLAR_PLACE.finditer(low):
        name = component_name(m["comp"])
        n, tot = int(m["n"]), int(m["tot"])
        if name and 1 <= n <= tot and not _overlaps(cues, m.start("n"), m.end("tot")):
            cues.append(Cue("rank", m.start("n"), m.end("tot"), rank=n, rank_total=tot, components=[name]))


def _year_place(m: re.Match[str], start: int, end: int) -> Cue | None:
    """A rank cue for an earlier year's place ("n", "tot" and "y" groups of `m`), or None when the place
    cannot be one (zero, or beyond its field)."""
    n, tot = int(m["n"]), int(m["tot"]) if m["tot"] else None
    if n >= 1 and (tot is None or n <= tot):
        return Cue("rank", start, end, rank=n, rank_total=tot, years=[int(m["y"])])
    return None


def _bracketed_year_values(low: str, cues: list[Cue]) -> None:
    places: list[Cue | None] = []
    for m in _YEAR_THEN_BRACKETED_PLACE.finditer(low):
        places.append(_year_place(m, m.start(), m.start("n") + len(m["n"])))
        if m["v"]:  # "Năm 2020 (xếp hạng 51 chỉ số 0,2613)": that year's value too
            cues.append(Cue("score", m.start("v"), m.end("v"), score=parse_number(m["v"]), years=[int(m["y"])]))
    cues.extend(c for c in places if c is not None)
    for m in _COMPARED_YEAR_PLACE.finditer(low):
        cue = None if _overlaps(cues, m.start(), m.end()) else _year_place(m, m.start("y"), m.end())
        if cue is not None:
            cues.append(cue)
    for m in _COMPARED_YEAR_VALUE.finditer(low):
        cue = _year_place(m, m.start("y"), m.end()) if m["n"] else None
        if cue is not None:
            cues.append(cue)
        elif m["v"]:
            cues.append(Cue("score", m.start("y"), m.end(), score=parse_number(m["v"]), years=[int(m["y"])]))
    for b in _BRACKET.finditer(low):
        if any(c.years for c in cues if c.start < b.end() and b.start() < c.end):
            continue  # read already as a dated value
        if re.search(r"(?:trung bình|bình quân)\s+(?:của|chung|khối|các|cả)", low[: b.start()]):
            continue  # an average's earlier values, not a ranked body's
        place = _YEAR_PLACE.match(low, b.start(1), b.end(1))
        if place and not _overlaps(cues, b.start(1), place.end("n")):
            n, year = _ord(place["n"]), int(place["y"])
            tot = int(place["tot"]) if place["tot"] else None
            if n and (tot is None or n <= tot):
                # the span starts at the bracket so that its year is this claim's alone
                cues.append(Cue("rank", b.start(1), place.end("n"), rank=n, rank_total=tot, years=[year]))
            if place["v"]:
                v = parse_number(place["v"])
                cues.append(Cue("score", place.start("v"), place.end("v"), score=v, years=[year]))
            continue
        for m in _VALUE_THEN_YEAR.finditer(low, b.start(1), b.end(1)):
            v = parse_number(m["v"])
            if v is not None and not _overlaps(cues, m.start("v"), m.end("v")):
                cues.append(Cue("score", m.start("v"), m.end(), score=v, years=[int(m["y"])]))
        dated = False
        if _PLACES_BEFORE_BRACKET.search(low, max(0, b.start() - 80), b.start()):
            # "Thứ hạng của Việt Nam qua các kỳ (2018: 88; 2020: 86)": bare numbers after years are places
            for m in _YEAR_BARE_PLACE.finditer(low, b.start(1), b.end(1)):
                if not _overlaps(cues, m.start(), m.end()) and 1 <= int(m["n"]) <= 300:
                    cues.append(Cue("rank", m.start(), m.end(), rank=int(m["n"]), years=[int(m["y"])]))
                    dated = True
        for m in _YEAR_VALUE.finditer(low, b.start(1), b.end(1)):
            if m["r"]:  # "(năm 2012: hạng 83, …)"
                for c in cues:
                    if c.start < m.end("r") and m.start("r") < c.end and not c.years and c.kind == "rank":
                        c.years = [int(m["y"])]
                        dated = True
                if not dated and not _overlaps(cues, m.start("r"), m.end("r")):
                    cues.append(Cue("rank", m.start(), m.end("r"), rank=int(m["r"]), years=[int(m["y"])]))
                    dated = True
                continue
            if _overlaps(cues, m.start("v"), m.end("v")):
                # "(năm 2012: hạng 83, 0,5217 điểm)": the value read already is that year's
                for c in cues:
                    if c.start < m.end("v") and m.start("v") < c.end and not c.years and c.kind in ("rank", "score"):
                        c.years = [int(m["y"])]
                        dated = True
                continue
            year, value = int(m["y"]), m["v"].replace(" ", "")
            if "/" in value:
                frac = value.split("/")
                rank, total = int(frac[0]), int(frac[1])
                if 1 <= rank <= total <= 300:
                    cues.append(Cue("rank", m.start(), m.end("v"), rank=rank, rank_total=total, years=[year]))
            else:
                v = parse_number(value)
                if v is not None:
                    cues.append(Cue("score", m.start(), m.end("v"), score=v, years=[year]))
            dated = True


_PLACES_BEFORE_BRACKET = re.compile(r"(?:thứ hạng|xếp hạng|vị trí)[^().;]{0,60}\s*$")
_YEAR_BARE_PLACE = re.compile(r"(?:năm\s+)?(?P<y>(?:19|20)\d\d)\s*:\s*(?:hạng\s+|thứ\s+)?(?P<n>\d{1,3})(?![\d,./])")


def _bracket_year(low: str, b: re.Match[str]) -> int | None:
    """The year a bracket opens with ("(năm 2012: …)"), if it does."""
    m = re.match(r"\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)\b", low[b.start(1) : b.end(1)])
    return int(m["y"]) if m else None


# "Thứ hạng về chính quyền số, kinh tế số, xã hội số của tỉnh … lần lượt là 22, 9, 13": each pillar its place
_PILLARS_RESPECTIVELY = re.compile(
    r"(?P<comps>(?:" + COMPONENT_ALT + r")(?:\s*(?:,|và)\s*(?:" + COMPONENT_ALT + r"))+)[^;.:]{0,60}?lần lượt\s+"
    r"(?:là\s+|xếp\s+|đứng\s+|ở\s+)?(?:(?:các\s+)?(?:vị trí|hạng|thứ)\s+)?(?:thứ\s+)?"
    r"(?P<list>" + ORD + r"(?:\s*(?:,|và)\s*(?:thứ\s+)?" + ORD + r")+)"
)


# "Các chỉ số thành phần dịch vụ công trực tuyến (OSI), hạ tầng viễn thông (TII) và nguồn nhân lực (HCI) lần lượt
# đạt 0,4252; 0,3049 và 0,6815": each pillar its value
_PILLAR_SCORES_RESPECTIVELY = re.compile(
    r"(?P<comps>(?:" + COMPONENT_ALT + r")(?:\s*(?:\([^()]{1,12}\)\s*)?(?:,|và)\s*(?:" + COMPONENT_ALT + r"))+)"
    r"(?:\s*\([^()]{1,12}\))?[^;.:]{0,60}?lần lượt\s+(?:là|đạt)\s+"
    r"(?P<list>(?:\d{1,4},\d+|0\.\d+)(?:\s*(?:[,;]|và)\s*(?:\d{1,4},\d+|0\.\d+))+)"
)


def _listed_components(listed: str) -> list[str | None]:
    """The pillars of a list in order; an abbreviation in brackets after one ("hạ tầng viễn thông (TII)") is
    that pillar again, not the next."""
    bare = re.sub(r"\([^()]*\)", lambda b: " " * len(b.group(0)), listed)
    return [component_name(x.group(0)) for x in re.finditer(COMPONENT_ALT, bare)]


def _pillar_lists(low: str, cues: list[Cue]) -> None:
    for m in _PILLARS_RESPECTIVELY.finditer(low):
        names = _listed_components(m["comps"])
        ranks = _ord_list(m["list"])
        if len(names) == len(ranks) and all(names) and not _overlaps(cues, m.start("list"), m.end("list")):
            cues.append(Cue("pillar_list", m.start(), m.end(), values=ranks, components=names))
    for m in _PILLAR_SCORES_RESPECTIVELY.finditer(low):
        names = _listed_components(m["comps"])
        scores = [parse_number(x) for x in re.findall(r"\d{1,4},\d+|0\.\d+", m["list"])]
        if len(names) == len(scores) and all(names) and None not in scores and not _overlaps(cues, m.start("list"), m.end("list")):
            cues.append(Cue("pillar_scores", m.start(), m.end(), values=scores, components=names))


# "DTI quốc gia năm 2021 đạt 0,5618": the country's own value in the DTI (the national level of the index)
_NATIONAL_DTI = re.compile(
    r"(?:chỉ số\s+)?(?:dti|chỉ số chuyển đổi số)\s+(?:cấp\s+)?quốc gia(?:\s+(?:năm\s+)?(?P<y>20\d\d))?\s*(?:\([^()]{0,20}\)\s*)?"
    r"(?:đạt|là|có giá trị)\s+(?:mức\s+)?(?P<v>0[,.]\d+)"
)
NATIONAL = "national"  # a cue about the country's own value, whose subject is Việt Nam


def _national_values(low: str, cues: list[Cue]) -> None:
    for m in _NATIONAL_DTI.finditer(low):
        v = parse_number(m["v"])
        if v is not None and not _overlaps(cues, m.start("v"), m.end("v")):
            years = [int(m["y"])] if m["y"] else []
            cues.append(Cue("score", m.start("v"), m.end("v"), score=v, years=years, group=NATIONAL))


# "Singapore (2), Malaysia (27) và Thái Lan (47)": places in brackets after names, in a sentence that ranks
BARE_BRACKET = re.compile(r"(?<=[^\W\d_])\s*\(\s*(?P<n>\d{1,3})\s*\)")


# "(65,56 điểm, thứ 2)": the points before the place in one bracket
POINTS_BEFORE_PLACE = r"\d{1,3}(?:[,.]\d{1,3})?\s*điểm\s*[,;]\s*"
# "Thừa Thiên Huế (65,56 điểm, thứ 2)": a score and a place in the bracket after a name
_PLACE_AFTER_SCORE_IN_BRACKET = re.compile(
    r"\(\s*" + POINTS_BEFORE_PLACE + r"(?P<c>(?:xếp\s+|đứng\s+)?(?:thứ|hạng)\s+(?P<n>\d{1,3}))\s*\)"
)


# "New Zealand (điểm CPI: 87), Singapore (83)": the first bracket says the list's numbers are points
_LABELLED_POINTS_BRACKET = re.compile(r"\(\s*(?:điểm|số điểm)[^():]{0,20}:\s*(?P<n>\d{1,3}(?:[,.]\d{1,2})?)\s*\)")
_POINTS_BRACKET = re.compile(r"[^\W\d_]\s*\(\s*\d{1,3}(?:[,.]\d{1,2})?\s*điểm\s*\)\s*,")
# "A (24), B (23) và C (17) đạt điểm thấp nhất": a sentence about points
_POINTS_SENTENCE = re.compile(r"đạt điểm|điểm(?: số)? (?:cao|thấp) nhất")


def _bare_bracket_ranks(low: str, cues: list[Cue]) -> None:
    """Bare numbers in brackets are places only in a list of at least two (one alone may be a footnote), and points
    where the list's first bracket or the sentence says so."""
    found = [m for m in BARE_BRACKET.finditer(low) if int(m["n"]) >= 1 and not _overlaps(cues, m.start(), m.end())]
    labelled = [m for m in _LABELLED_POINTS_BRACKET.finditer(low) if not _overlaps(cues, m.start(), m.end())] if "điểm" in low else []
    if len(found) + len(labelled) < 2:
        return
    # ("xếp trên Cuba (20 điểm), Iran (16), Myanmar (12)": the list's first bracket gives points, so do the rest)
    points_first = found and _POINTS_BRACKET.search(low, max(0, found[0].start() - 60), found[0].start())
    if labelled or points_first or _POINTS_SENTENCE.search(low):
        for m in sorted(labelled + found, key=lambda m: m.start()):
            v = parse_number(m["n"])
            if v is not None:
                cues.append(Cue("score", m.start("n"), m.end("n"), score=v))
        return
    for m in found:
        # the whole field's place of the one name right before it, whatever region the sentence names
        cues.append(Cue("rank", m.start(), m.end(), rank=int(m["n"]), group=WORLD, values=[BRACKETED]))


# "xếp hạng chuyển đổi số năm 2023 thứ 38/63", "xếp hạng DTI năm 2023 thứ 38/63": the ranking named between
# the verb and the place (the year stays a year: the span starts at "thứ")
_RANK_AFTER_QUALIFIER = re.compile(
    r"xếp hạng(?:\s+(?!thứ\b|năm\b|lần\b|ngày\b|trong\b)[^\s,;.()\d]+){1,5}(?:\s+năm\s+\d{4})?\s+(?P<q>thứ\s+(?P<n>" + ORD + r"))"
    r"(?:\s*/\s*(?P<tot>\d{1,3})(?![\d/]))?"
)
# "GII 2023 xếp Việt Nam thứ 46/132 nền kinh tế": the ranking as the subject, the body ranked as the object
_RANK_OBJECT = re.compile(
    r"(?<![\w])xếp\s+(?!hạng\b|thứ\b|ở\b|vị trí\b|loại\b)[^\d,;.()]{2,40}?\s+(?:ở\s+)?(?:vị trí\s+)?(?P<q>thứ\s+(?P<n>" + ORD + r"))"
    r"(?:\s*/\s*(?P<tot>\d{1,3})(?![\d/]))?"
)
# "xếp hạng đầu trong 7 cơ quan được xếp hạng": a field of fewer than ten, named as the ones ranked
_SMALL_FIELD = re.compile(r"\s+(?:trong|trên)\s+(?:số\s+)?(?P<tot>\d)\s+" + FIELD_NOUN + r"\s+(?:được\s+)?(?:xếp hạng|đánh giá)")
# "dẫn đầu nhóm 63 tỉnh, thành", "dẫn đầu 17 Bộ, cơ quan ngang Bộ": the field led, right after the verb.
_LEADS_FIELD = re.compile(r"\s+(?:(?:nhóm|khối)\s+)?(?P<tot>\d{2,3})\s+" + FIELD_NOUN)
# The field a clause is framed by: "đối với nhóm (đánh giá) 34 tỉnh, …", "ở khối 17 bộ, …", "(gồm 9 cơ quan)".
_GROUP_FRAME = re.compile(
    # ("Xếp hạng CCHC đối với 5 đơn vị ngành dọc: A đứng đầu …")
    r"(?:(?:nhóm|khối)(?:\s+(?:đánh giá|xếp hạng|gồm|các))?|\(\s*gồm|(?<![\w])đối với|(?<![\w])của(?=\s+\d\d)|"
    r"(?:^|[,;:–]\s*|\s-\s+)(?:trong|trên)\s+(?:tổng\s+)?(?:số\s+)?(?=\d\d))"
    r"\s*(?P<tot>\d{1,3})\s+" + FIELD_NOUN
    + r"(?![\w/])(?!(?:,?\s+[^\s,.;:]+){0,8}\s+(?:dẫn đầu|đứng đầu|hàng đầu|cao nhất|tốt nhất|thấp nhất|cuối bảng|xếp cuối))"
)


# "từng là số 1 trong ba năm liên tiếp (từ 2008 - 2010)", "3 năm liên tiếp (2008-2010) giữ vị trí quán quân"
_RUN_OF_YEARS = re.compile(
    r"(?<![\w])(?P<k>\d|hai|ba|bốn|năm|sáu)\s+năm\s+liên\s+tiếp\s*\(\s*(?:từ\s+)?(?:năm\s+)?(?P<a>(?:19|20)\d\d)\s*[-–]\s*"
    r"(?:năm\s+)?(?P<b>(?:19|20)\d\d)\s*\)"
)


def _first_through_a_run_of_years(low: str, cues: list[Cue]) -> None:
    """A first place held through a run of years written as a span, as many years as the count says: the place
    of every year of it."""
    for m in _RUN_OF_YEARS.finditer(low):
        a, b, k = int(m["a"]), int(m["b"]), parse_int(m["k"])
        if k is None or b - a + 1 != k:
            continue
        near = [
            c for c in cues
            if not c.years and (c.kind == "leader" or c.kind == "rank" and c.rank == 1)
            and not re.search(r"[;.]", low[min(c.end, m.end()) : max(c.start, m.start())])
            and max(c.start, m.start()) - min(c.end, m.end()) <= 40
        ]
        if near:
            near[0].years = list(range(a, b + 1))
            near[0].kind = "leader"  # ("số 1" read as a place: the first place, as "dẫn đầu" is)


def _field_closing_the_sentence(low: str, cues: list[Cue]) -> None:
    """"Việt Nam xếp thứ 79, trên Trung Quốc (84) hay Malaysia (81), trong bảng xếp hạng 149 quốc gia": a field
    that closes a sentence of places in one ranking (no region named) is every place's."""
    places = [c for c in cues if c.kind == "rank" and not c.years]
    if len(places) < 2 or places[-1].rank_total is None:
        return
    if _REGION_FRAME.match(low) or any(_REGION_WORDS.search(low, c.end, c.end + 30) for c in places):
        return  # ("Trong khu vực, A xếp thứ 3 …", "đứng thứ 2 ASEAN": places in a region, not in the field)
    last = places[-1]
    closing = _CLAUSE_TOTAL.search(low, last.end)
    if closing is None or any(c.start > last.end for c in cues if c.kind != "score") or not re.fullmatch(
        r"[^.;]*", low[last.end : closing.start()]
    ):
        return
    tot = last.rank_total
    if all(c.rank_total in (None, tot) and (c.rank or 0) <= tot for c in places):
        for c in places:
            c.rank_total = tot


_BEHIND_OTHERS_AFTER = re.compile(r"[^,;.()]{0,50}?\s(?:chỉ\s+)?(?:đứng\s+|xếp\s+)?sau\s+(?!đó|khi|này|năm|\d)")
# The year of a place left ("từ vị trí 55 năm 2020", "từ vị trí thứ ba năm ngoái": `last`, the edition before)
_YEAR_OF_PLACE_LEFT = re.compile(
    r"\s*(?:/\d+\s*)?(?:\(\s*)?(?:vào\s+|trong\s+|hồi\s+|của\s+)?(?:năm\s+\d{4}|năm (?P<last>ngoái|trước))"
)
_REGION_WORDS = re.compile(r"khu vực|asean|châu á|đông nam á|châu âu|châu phi|châu mỹ")


def _region_follows(low: str, pos: int) -> bool:
    """Whether a region is named in the words right after `pos` ("thứ 6/10 nước thành viên ASEAN", "… trong Đông Nam
    Á"): the place or field just read is the region's."""
    return bool(_REGION_WORDS.search(low, pos, pos + 40))
_REGION_FRAME = re.compile(r"\s*(?:(?:tại|trong|ở|xét|riêng)\s+)+(?:" + _REGION_WORDS.pattern + ")")


def _clause_totals(low: str, cues: list[Cue]) -> None:
    """"đứng đầu bảng xếp hạng … của 63 tỉnh, thành phố": the field size later in the clause."""
    for i, c in enumerate(cues):
        framed_only = c.kind == "top"  # "đối với 24 đơn vị …, 3 đơn vị dẫn đầu lần lượt là …": the field framed before
        if c.kind not in ("leader", "rank_list", "top") and not (c.kind == "rank" and c.rank_total is None and not c.years):
            continue
        if c.rank_total is not None:
            continue
        stop = len(low)
        for other in cues[i + 1 :]:
            if other.kind not in ("score",):
                stop = other.start
                break
        semi = low.find(";", c.end)
        if semi >= 0:
            stop = min(stop, semi)
        m = None if framed_only else (
            _CLAUSE_TOTAL.search(low, c.end, stop)
            or _LEADS_FIELD.match(low, c.end, stop)
            or _SMALL_FIELD.match(low, c.end, stop)
        )
        if m:
            tot = int(m["tot"])
            if c.kind == "rank_list" or (c.rank or 0) <= tot:
                c.rank_total = tot
            continue
        # "ở nhóm 17 bộ, ngành có dịch vụ công, Bộ KH&ĐT xếp ở vị trí số 1": the group framing the clause
        start = low.rfind(";", 0, c.start) + 1
        frames = list(_GROUP_FRAME.finditer(low, start, c.start))
        if not frames:
            # "trong 21 sở, ban, ngành cấp tỉnh: A dẫn đầu …; thứ hai là B …": a frame before a colon holds for the
            # clauses the colon opens
            frames = _colon_frames(low, start)
        framed = frames[-1] if frames else None
        if framed is not None and not any(
            o.start < c.start and o.end > framed.end() and o.rank_total not in (None, int(framed["tot"]))
            for o in cues
            if o is not c
        ):
            tot = int(framed["tot"])
            if c.kind == "rank_list" or (c.rank or 0) <= tot and (c.top or 0) < tot:
                c.rank_total = tot


def _colon_frames(low: str, end: int) -> list[re.Match[str]]:
    """The fields framed before a colon in `low[:end]` ("trong 21 sở, ban, ngành cấp tỉnh:", "đối với 5 đơn vị …:")."""
    return [f for f in _GROUP_FRAME.finditer(low, 0, end) if re.match(r"[^;.:]{0,40}:", low[f.end() :])]


def _last_of_a_framed_field(low: str, cues: list[Cue]) -> None:
    """"Xếp hạng đối với 5 đơn vị ngành dọc: A đứng đầu (196,5 điểm); xếp cuối B (184 điểm)": the last of the field
    the colon frames is its last place (GUIDELINES §2: "xếp cuối" with the field's size)."""
    for m in _LAST_IN_FRAME.finditer(low):
        colon = low.rfind(":", 0, m.start())  # (the frame is read up to its colon: what the colon opens is no part of it)
        frames = _colon_frames(low, colon + 1)
        if frames and not _overlaps(cues, m.start(), m.end()):
            tot = int(frames[-1]["tot"])
            # "xếp cuối B (184 điểm)" names B after; "B xếp cuối (121,5 điểm)" before
            cues.append(Cue("rank", m.start(), m.end(), rank=tot, rank_total=tot, subject_after=m["after"] is not None))
    cues.sort(key=lambda c: (c.start, c.end))


_LAST_IN_FRAME = re.compile(
    r"(?<![\w])(?:xếp cuối|đứng cuối|cuối bảng)(?:(?P<after>(?:\s+(?:là|thuộc về))?(?=\s+[^\W\d]))|(?=\s*(?:[(;,.]|$)))"
)


# A value that is a threshold or an approximation, not a result: "vượt 0,9 điểm", "trên dưới 0,9",
# "từ 0,3250 đến 0,4000".
_THRESHOLD_BEFORE = re.compile(
    r"(?<![\w])(?:vượt(?: qua)?|trên|dưới|hơn|quá|khoảng|gần|xấp xỉ|ngưỡng|từ|đến|tới|trên dưới)\s+(?:mức\s+)?(?:chỉ số\s+)?"
    # ("vượt qua điểm mốc 75 điểm", "trên thang điểm từ 10 - 80 điểm": a mark and a scale, no body's score)
    r"(?:(?:điểm\s+)?(?:mốc|ngưỡng)\s+)?$|thang điểm\s+(?:từ\s+)?(?:\d{1,4}\s*[-–]\s*|\d{1,4}\s+đến\s+)?$"
)
# A value given for comparison: "tăng 20,8% so với DTI 2021 (0,794)".
_COMPARED_BEFORE = re.compile(r"so với[^,;.()]{0,40}\(\s*$")


# An index value written in %, given as the ranked body's result ("PAR INDEX 2023 đạt 89,95%", "Hà Nội
# (91,43%, xếp thứ 3)", "dẫn đầu … với kết quả đạt 92,18%"): a score. Shares and growth rates are not.
# what a completion rate can be of when it is no index value ("tỷ lệ hoàn thành 100% nhiệm vụ")
TASK_NOUN = r"nhiệm vụ|kế hoạch|chỉ tiêu|hồ sơ|công việc"
_PERCENT_RESULT = re.compile(
    # ("… xếp vị trí thứ nhất với Chỉ số cải cách hành chính đạt tỷ lệ trung bình là 92,51 %": the body's index, the
    # mean of its criteria; "… của các sở đạt tỷ lệ trung bình là 85,2%" is a mean over bodies)
    r"(?:với\s+chỉ số[^,;.%()]{0,60}?\s+đạt\s+tỷ lệ trung bình\s+(?:là\s+)?|(?:đạt|với|là)\s+(?:kết quả\s+)?(?:(?:chỉ số|điểm|par index|kết quả)\s+(?:[^\s,;.%]+\s+){0,3}?|"
    # "dẫn đầu … với tỷ lệ hoàn thành đạt 98,82%": a local index given as the share of its criteria met
    # ("có tỷ lệ điểm số cao nhất 99,28%", "đạt tỷ lệ điểm 55,27%": the share of the points, the index itself)
    r"tỷ lệ hoàn thành\s+|tỷ lệ hài lòng\s+|tỷ lệ điểm(?:\s+số)?(?:\s+(?:cao nhất|thấp nhất))?\s+)?(?:đạt\s+)?|\(\s*|tỷ lệ điểm(?:\s+số)?(?:\s+(?:cao nhất|thấp nhất))?\s+"
    # "Sở Nội vụ: 91,59%": a name, a colon and its value
    r"|(?<=[^\W\d_]):\s*)"
    r"(?P<v>\d{2,3}(?:,\d{1,3}|\.\d{1,2})?)\s*%(?!\s*(?:điểm|" + TASK_NOUN + r"))"
)
_STATISTIC_BEFORE = re.compile(
    # ("tăng 11 bậc so với năm 2017 với kết quả đạt 81,58%": a change of place, then the body's result)
    # ("tỷ lệ hài lòng đạt 83,11%": a satisfaction index's own value, the share satisfied)
    r"tỷ lệ(?!\s+trung bình\s+(?:là\s+)?$)(?!\s+hoàn thành\s+(?:đạt\s+)?$)(?!\s+điểm(?:\s+số)?(?:\s+(?:cao nhất|thấp nhất))?\s+(?:đạt\s+)?$)(?!\s+hài lòng\s+(?:đạt\s+)?$)|tỷ trọng|tăng trưởng|(?:tăng|giảm)(?!\s+\d{1,3}\s+(?:bậc|hạng))|chiếm|hồ sơ|cao hơn|thấp hơn|"
    r"(?<!loại )(?<!mức )(?<!đạt tỷ lệ )trung bình|bình quân|trên\s*$|dưới\s*$|khoảng\s*$"  # ("xếp loại trung bình": a grade, no mean)
)


# "tăng từ 88/193 năm 2018 lên 86/193", "từ thứ 6 năm 2015 xuống 22 năm 2016", "trong giai đoạn 2014 - 2020
# từ vị trí 99 lên vị trí 86": a place left and a place reached, each in its edition
_FROM_TO = re.compile(
    r"(?<![\w])từ\s+(?:xếp\s+)?(?P<m1>(?:vị trí|thứ hạng|hạng)\s+)?(?P<t>thứ\s+|số\s+)?(?P<a>\d{1,3})"
    # "từ thứ hạng 6 trên 19 đơn vị được xếp hạng năm 2016 đã nâng lên hạng 4"
    r"(?:/(?P<t1>\d{2,3})|\s+trên\s+(?P<t1w>\d{2,3})(?=\s+(?:đơn vị|bộ|tỉnh|địa phương|quốc gia|nước|nền kinh tế)))?(?![\d,.%])"
    r"(?:\s*\(\s*(?:năm\s+)?(?P<ya>(?:19|20)\d\d)\s*\))?"
    r"(?P<mid>[^;.()]{0,40}?)\s(?:đã\s+)?(?:vươn\s+|tụt\s+|rơi\s+|nâng\s+|tăng\s+)?(?P<dir>lên|xuống)\s+(?:(?P<m2>vị trí|hạng)\s+)?(?:thứ\s+|số\s+)?"
    r"(?P<b>\d{1,3})(?:/(?P<t2>\d{2,3}))?(?!\s*(?:bậc|điểm|%|lần)|[\d,.]\d)"
    r"(?:\s*\(\s*(?:năm\s+)?(?P<yb>(?:19|20)\d\d)\s*\))?"
)
_PERIOD_BEFORE = re.compile(r"(?:giai đoạn|từ năm)\s+(?P<y1>(?:19|20)\d\d)\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(?P<y2>(?:19|20)\d\d)[^;.]{0,20}$")
_YEAR_IN = re.compile(r"(?:năm\s+)(?P<y>(?:19|20)\d\d)")


def _from_to_places(low: str, cues: list[Cue]) -> None:
    """Both places of a move "từ … lên/xuống …" when it says which is a place (a field "/193" or "thứ",
    "vị trí", "hạng"); the place left counts only with its own year (or the first year of a stated period)."""
    shaped = False  # "Hà Lan từ vị trí số 8 lên vị trí 5; Đức từ 5 lên 4": the next bare move has the same shape
    for m in _FROM_TO.finditer(low):
        bare = not (m["m1"] or m["t"] or m["m2"] or (m["t1"] and m["t2"]))
        # ("Trung Quốc đứng nguyên ở vị trí 28, còn Saudi Arabia giảm từ 24 xuống 25": places, by the clause before)
        if bare and not shaped and not _PLACE_WORD.search(low, 0, m.start()):
            continue
        shaped = True
        a, b = int(m["a"]), int(m["b"])
        t1 = int(m["t1"] or m["t1w"]) if m["t1"] or m["t1w"] else None
        t2 = int(m["t2"]) if m["t2"] else t1
        if a == 0 or b == 0 or a == b or any(t is not None and not (n <= t <= 300) for n, t in ((a, t1), (b, t2))):
            continue
        left_year = _YEAR_IN.search(m["mid"])
        period = _PERIOD_BEFORE.search(low[max(0, m.start() - 60) : m.start()])
        if m["ya"]:  # "từ vị trí 59 (2016) lên 44 (2024)": each place with its year in brackets
            years_left, years_reached = [int(m["ya"])], ([int(m["yb"])] if m["yb"] else [])
        elif left_year is None and period is not None:
            years_left, years_reached = [int(period["y1"])], [int(period["y2"])]
        else:
            years_left, years_reached = ([int(left_year["y"])] if left_year else []), []
        if years_left and not _overlaps(cues, m.start("a"), m.end("a")):
            cues.append(Cue("rank", m.start(), m.end("mid"), rank=a, rank_total=t1, years=years_left))
        elif not years_left and _moved_by(low, m.start(), abs(a - b)) and not _overlaps(cues, m.start("a"), m.end("a")):
            # "Campuchia tăng 21 bậc, từ vị trí 145 lên vị trí 124": a change against the previous assessment,
            # so the place left is that assessment's
            cues.append(Cue("rank", m.start(), m.end("mid"), rank=a, rank_total=t1, previous_edition=True))
        # a bare number reached ("xuống 22") is a place only when the move names both editions
        # ("từ vị trí 53 lên 46", "từ thứ 3 xuống 9": the place left says the number reached is one too)
        marked = bare or m["m1"] or m["t"] or m["m2"] or m["t2"] or m["yb"] or (
            left_year is not None and _YEAR_IN.match(low[m.end() :].lstrip())
        )
        if marked and not _overlaps(cues, m.start("b"), m.end("b")):
            cues.append(Cue("rank", m.start("dir"), m.end(), rank=b, rank_total=t2, years=years_reached))


# "Trong số 10 tỉnh … có quản trị tốt nhất, có 5 tỉnh ở Đồng bằng sông Cửu Long, bao gồm A, B, …": members of the
# best N, named after a count of those from one region
_AMONG_THE_BEST = re.compile(
    r"trong số\s+(?P<n>\d{1,2}|" + WORD_ALT + r")\s+" + FIELD_NOUN + r"[^.;:]{0,60}?(?:tốt nhất|cao nhất|dẫn đầu|đứng đầu)"
    r"\s*,\s*có\s+(?:\d{1,2}|" + WORD_ALT + r")\s+" + FIELD_NOUN + r"[^.;:]{0,50}?,?\s*(?:bao gồm|gồm|là)\s*:?\s*"
)
_PLACE_WORD = re.compile(r"(?<![\w])(?:vị trí|thứ hạng|xếp hạng)(?![\w])")
_MOVED_BEFORE = re.compile(r"(?<![\w])(?:tăng|giảm|tụt|thăng)\s+\d{1,3}\s+(?:bậc|hạng)\s*,?\s*$")
_MOVED_BY = re.compile(r"(?<![\w])(?:tăng|giảm|tụt|vươn lên|thăng|lên|xuống)\s+(?P<n>\d{1,3})\s+(?:bậc|hạng)(?![\w])")


def _moved_by(low: str, at: int, steps: int) -> bool:
    """Whether the clause around `at` states a change of exactly `steps` places."""
    start = max(low.rfind(";", 0, at), low.rfind(". ", 0, at)) + 1
    ends = [i for i in (low.find(";", at), low.find(". ", at)) if i >= 0]
    clause = low[start : min(ends) if ends else len(low)]
    return any(int(m["n"]) == steps for m in _MOVED_BY.finditer(clause))


_POINTS_THEN_INDEX_SHARE = re.compile(r"\s*(?:điểm)?\s*,?\s*(?:và\s+)?(?:chỉ số|tỷ lệ)(?:\s+[^\s,;.\d%]+){0,8}\s+(?:đạt|là)\s*:?\s*")


_NAMED_SHARES = re.compile(r"[^\W\d_]:\s*\d{2,3}(?:,\d{1,3})?\s*%")


# "Sở Tư pháp 95.01%, Sở Giao thông Vận tải 92.64%, …": names each followed straight by its value in %
_NAME_THEN_SHARE = re.compile(r"(?<=[^\W\d_])\s+(?P<v>\d{2,3}(?:,\d{1,3}|\.\d{1,2})?)\s*%(?=\s*(?:[,;.]|và\s|$))")


def _percent_scores(low: str, found: list[Cue]) -> None:
    """Index values in %, only in a sentence that ranks (a place or a lead is claimed in it), or in a list of
    three or more names each with its value."""
    listed = list(_NAME_THEN_SHARE.finditer(low)) if low.count("%") >= 3 else []
    # ("Trong đó, khối sở, ban, ngành là 93,95%; khối phường 92,26%; …": blocks' means, no body's values)
    blocks = any(
        re.match(r"\s*(?:trong đó,?\s*)?(?:khối|nhóm|cấp)\s", low[max(low.rfind(c, 0, m.start()) for c in ",;:") + 1 : m.start()])
        for m in listed
    )
    if len(listed) >= 3 and not blocks and not _STATISTIC_BEFORE.search(low[: listed[0].start()]):
        for m in listed:
            v = parse_number(m["v"].replace(".", ","))
            if v is not None and v <= 100 and not _overlaps(found, m.start("v"), m.end("v")):
                found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    if not re.search(r"dẫn đầu|đứng đầu|xếp|đứng thứ|vị trí|hạng|cao nhất|thấp nhất|cuối bảng|đứng cuối", low) and len(
        _NAMED_SHARES.findall(low)
    ) < 2:
        return  # (a list of names each with its value after a colon ranks too: "Tài chính: 90,57%; Tư pháp: 90,42%")
    for m in _PERCENT_RESULT.finditer(low):
        v = parse_number(m["v"])
        if v is None or v > 100 or _overlaps(found, m.start("v"), m.end("v")):
            continue
        if _STATISTIC_BEFORE.search(low[max(0, m.start() - 35) : m.start("v")]) or _is_a_gap(low, m.start("v")):
            continue
        phrase_start = max(low.rfind(",", 0, m.start()), low.rfind(";", 0, m.start()))
        if re.search(r"(?<!loại )trung bình|bình quân", low[phrase_start + 1 : m.start()]):
            continue  # "đạt giá trị trung bình cao nhất trong 9 năm … là 87,56%": a mean, however far before
        if re.match(r"\s*%?\s*(?:so với|của)\s+(?:tổng\s+)?(?:số\s+)?(?:điểm|mức|thang điểm)(?:\s+\w+)?\s+tối đa", low[m.end("v") :]):
            continue  # "đạt 73,16% so với điểm tối đa": a share of the maximum, not the index value
        found.append(Cue("score", m.start("v"), m.end("v"), score=v))


# "Khoảng cách giữa Bộ cao nhất (…) với Bộ thấp nhất (…) là 14,87%", "chênh lệch … không đáng kể, chỉ 0,33 điểm"
_GAP_BEFORE = re.compile(r"(?:chênh lệch|khoảng cách)[^.;:]{0,180}?(?:là|ở mức|khoảng|chỉ(?: có| là)?)\s*$")


# "Trung bình chỉ số CCHC của tỉnh qua 4 năm đạt 81,76 điểm": an average opens the clause ("Điểm trung bình của
# Việt Nam năm 2023 là 54,48 điểm" is a body's own index, the mean of its pillars)
_AVERAGE_SUBJECT = re.compile(
    r"(?:^|[.;]\s*)(?:điểm\s+|giá trị\s+)?(?:trung bình|bình quân)\s(?!của\s+(?!các|những|cả))[^.;,]{0,90}$"
)


def _is_a_gap(low: str, start: int) -> bool:
    """Whether the value at `start` is the gap between two bodies (or two ends of a field), not a body's value."""
    window = low[max(0, start - 200) : start]
    return ("chênh lệch" in window or "khoảng cách" in window) and bool(_GAP_BEFORE.search(low, max(0, start - 200), start))


def _not_a_result(low: str, start: int) -> bool:
    before = low[max(0, start - 60) : start]
    return bool(_THRESHOLD_BEFORE.search(before) or _COMPARED_BEFORE.search(before))


_BARE_VALUE_REACHED = re.compile(r"(?<![\w])(?:đạt|là|với)\s+(?P<v>\d{2},\d{1,3})(?=\s*[,;.](?:\s|$))")
_PLACED = re.compile(r"xếp thứ|xếp hạng|đứng thứ|vị trí thứ|(?<![\w])thứ\s+(?:\d|hai|nhì|ba)")


def _find_scores(low: str, cues: list[Cue]) -> None:
    """Scores: "99,87 điểm", "0,84/1 điểm", "đạt 0,6667"; never averages, percentages, thresholds
    ("vượt 0,9 điểm") or values given for comparison."""
    found: list[Cue] = []
    for m in _SCORE_LIST.finditer(low):
        if re.search(r"trung bình|bình quân", low[: m.start()]):
            continue
        for n in re.finditer(_NUM, m["list"]):
            v = parse_number(n.group(0))
            if v is not None:
                s = m.start("list") + n.start()
                found.append(Cue("score", s, s + len(n.group(0)), score=v, values=[RESPECTIVE]))
    for m in _SCORE_SHARED_UNIT.finditer(low):
        if re.search(r"trung bình|bình quân", low[max(0, m.start() - 40) : m.start()]):
            continue
        for n in re.finditer(_NUM, m["list"]):
            v = parse_number(n.group(0))
            s = m.start("list") + n.start()
            if v is not None and not _overlaps(found, s, s + len(n.group(0))):
                found.append(Cue("score", s, s + len(n.group(0)), score=v))
    for m in _SPLIT_DECIMAL.finditer(low) if ", " in low else ():
        v = parse_number(f"{m['a']},{m['b']}")
        if v is not None:
            found.append(Cue("score", m.start(), m.end("b"), score=v))
    for m in _SCORE_POINTS.finditer(low):
        if _overlaps(found, m.start("v"), m.end("v")):
            continue
        v = parse_number(m["v"])
        if v is None:
            continue
        before = low[max(0, m.start() - 30) : m.start()]
        # ("tăng 0,2052 điểm", "cao hơn 5 điểm": a difference; "tăng 2 bậc, xếp thứ 4 với 87,5 điểm" is a score)
        if not m["of"] and re.search(r"tối đa\s*(?:là\s*)?$", before):
            continue  # "bốn tiêu chí đạt tối đa 20 điểm": a maximum ("điểm tối đa 100/100 điểm" is a score)
        if re.search(r"(?<![\w])(?:kém|thua|cách|hơn)\s+[^,;()\d]{2,50}$", low[max(0, m.start() - 60) : m.start()]):
            continue  # "(kém Bộ Tư pháp 0,06 điểm)": the margin behind another body, not its score
        if _is_a_gap(low, m.start()) or (
            re.search(r"(?<![\w])\d{1,3}\s+(?:chỉ số|tiêu chí)(?:\s+thành phần)?\s*$", before)
        ):
            continue  # "Chênh lệch giữa … cao nhất và thấp nhất là 31,994 điểm" (a gap); "28 chỉ số 0 điểm" (criteria)
        # an average, unless it is the body's own ("Việt Nam đứng thứ 5 … với điểm trung bình đạt 54,48 điểm":
        # that index is a mean of its pillars)
        average = (
            re.search(r"(?:trung bình|bình quân)\s*(?:là|đạt|:)?\s*$", before)
            # ("cao hơn trung bình xếp hạng năm 2018 là 51 điểm": the mean of an edition, a few words on)
            or re.search(r"(?<!loại )(?:trung bình|bình quân)(?:\s+(?!của\b)[^\s,;.()\d]+){1,4}\s+(?:năm\s+(?:19|20)\d\d\s+)?(?:là|đạt)\s*$",
                         low[max(0, m.start() - 60) : m.start()])
            or ("trung bình" in low or "bình quân" in low) and _AVERAGE_SUBJECT.search(low, max(0, m.start() - 120), m.start())
        ) and not re.search(
            r"(?<![\w])với\s+(?:số\s+)?điểm\s+(?:số\s+)?trung bình\s*(?:là|đạt|:)?\s*$", before
        )
        if average or re.search(
            r"(?<![\w])(?:tăng|giảm|tụt|sụt|nhích|cải thiện|cao hơn|thấp hơn|hơn)"
            r"(?:\s+(?:thêm|được|tới|gần|khoảng|gần\s+như))?\s*$|"
            r"(?:tăng|giảm|tụt|cải thiện)\s+\d+\s+(?:bậc|hạng)\s+và\s*$", before) or re.search(
            r"(?:điểm|giá trị|chỉ số)\s+(?:trung bình|bình quân)\s+(?:chung|về|(?:của\s+|ở\s+|tại\s+)?(?:chỉ số|cả nước|toàn quốc|khối|các|nhóm))"
            r"[^;.]{0,60}$",
            low[max(0, m.start() - 90) : m.start()],
        ):
            continue
        found.append(Cue("score", m.start("v"), m.end(), score=v))
    for m in _POINTS_LABEL_IN_LIST.finditer(low) if "điểm " in low else ():
        v = parse_number(m["v"].replace(".", ",")) if re.fullmatch(r"\d{1,3}\.\d{1,2}", m["v"]) else parse_number(m["v"])
        if v is not None and not _overlaps(found, m.start("v"), m.end("v")):
            found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    for m in _SCORE_LABEL_FIRST.finditer(low):
        v = parse_number(m["v"])
        if v is not None and not _overlaps(found, m.start("v"), m.end("v")) and not re.search(
            r"trung bình|bình quân", low[max(0, m.start() - 30) : m.end()]
        ):
            found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    named_index = _SCORE_NAMED_INDEX.finditer(low) if " đạt " in low or " là " in low else ()
    for m in [*_SCORE_INDEX.finditer(low), *named_index]:
        if _overlaps(found, m.start("v"), m.end("v")):
            continue
        before = low[: m.start()]
        if re.search(r"trung bình|bình quân", before):
            continue
        v = parse_number(m["v"].replace(".", ","))
        if v is not None:
            found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    # "Nam Định đạt 87,32, tăng 2,46 điểm %, xếp thứ 29/63": a bare value reached, in a sentence that places its body
    for m in _BARE_VALUE_REACHED.finditer(low) if _PLACED.search(low) else ():
        v = parse_number(m["v"])
        if v is not None and not _overlaps(found, m.start("v"), m.end("v")) and not _not_a_result(low, m.start()):
            found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    for m in _VALUE_FIRST.finditer(low) if "nhất" in low else ():
        v = parse_number(m["v"])
        # ("Điểm số cao nhất là 98,63 điểm (Sở Công thương)": the points read already are this value, its body after it)
        found[:] = [c for c in found if not (c.kind == "score" and c.score == v and m.start("v") <= c.start < m.end("v"))]
        if v is not None and not _overlaps(found, m.start("v"), m.end("v")):
            found.append(Cue("value_first", m.start("v"), m.end(), score=v, rank=1 if m["sup"] == "cao nhất" else None))
    for m in _SCORE_FROM_TO.finditer(low) if "từ " in low and ("lên " in low or "xuống " in low) else ():
        a, b = parse_number(m["a"]), parse_number(m["b"])
        if a is None or b is None or a > 100 or b > 100 or _overlaps(found, m.start("a"), m.end("a")):
            continue
        found.append(Cue("score", m.start("a"), m.end("a"), score=a, years=[int(m["ya"])] if m["ya"] else [],
                         previous_edition=not m["ya"], values=[_MOVED]))
        found[:] = [c for c in found if not (c.start < m.end("b") and m.start("b") < c.end)]  # read again, with its year
        found.append(Cue("score", m.start("b"), m.end("b"), score=b, years=[int(m["yb"])] if m["yb"] else [],
                         values=[_MOVED]))
    points_of_body = _POINTS_OF_BODY.finditer(low) if "điểm" in low and "của" in low else ()
    for m in [*_POINTS_ARE.finditer(low), *points_of_body] if "điểm" in low or " là " in low or " đạt " in low else ():
        g = "d" if "d" in m.re.groupindex and m["d"] else "v"
        v = parse_number(m[g])
        if v is not None and not _overlaps(found, m.start(g), m.end(g)) and not re.search(
            r"trung bình|bình quân", low[max(0, m.start() - 40) : m.start()]
        ):
            found.append(Cue("score", m.start(g), m.end(g), score=v))
    if "%" in low:
        _percent_scores(low, found)
    # (a pillar's name before the value is costly to look for everywhere: only where a word precedes such a value)
    pillar_values = list(_SCORE_AFTER_PILLAR.finditer(low)) if _PILLAR_VALUE_HINT.search(low) else []
    decimals = sum(1 for m in pillar_values if re.search(r"[,.]\d", m["v"]))
    for m in pillar_values:
        v = parse_number(m["v"])
        if not re.search(r"[,.]\d{2,}|[,.]0+$", m["v"]) and decimals < 2:
            continue  # a short value ("1", "0,8") is a pillar's only among others written as values
        if v is not None and not _overlaps(found, m.start("v"), m.end("v")):
            found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    for m in _SCORE_OUT_OF.finditer(low):
        value = m["dec"] or m["int"]
        v = parse_number(value)
        span = m.start("dec") if m["dec"] else m.start("int")
        if v is not None and v <= int(m["of"]) and not _overlaps(found, span, m.end("of")):
            found.append(Cue("score", span, m.end("of"), score=v))
    bracketed = list(_SCORES_IN_BRACKETS.finditer(low)) if "(" in low else []
    if len(bracketed) >= 2:
        for m in bracketed:
            v = parse_number(m["v"].replace(".", ","))
            phrase = low[max(low.rfind(",", 0, m.start()), low.rfind(";", 0, m.start())) + 1 : m.start()]
            if "%" in m.group(0) and re.search(r"(?<![\w])(?:tăng|giảm)(?![\w])", phrase):
                continue  # "tăng cao nhất là Bình Thuận (6,39%)": a rise, not a value
            if v is not None and not _overlaps(found, m.start("v"), m.end("v")):
                found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    for m in _SHARED_VALUE.finditer(low) if "cùng đạt" in low or "đều đạt" in low else ():
        v = parse_number(m["v"])
        if v is not None and not _overlaps(found, m.start("v"), m.end("v")):
            found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    colon_values = list(_VALUE_AFTER_NAME_COLON.finditer(low)) if low.count(":") >= 2 else []
    for m in colon_values if len(colon_values) >= 2 else ():
        v = parse_number(m["v"])
        if v is not None and not _overlaps(found, m.start("v"), m.end("v")):
            found.append(Cue("score", m.start("v"), m.end("v"), score=v))
    for m in _SCORE_PAREN.finditer(low):
        g = "v" if m["v"] else "w"
        v = parse_number(m[g])
        if v is not None and not _overlaps(found, m.start(g), m.end(g)):
            found.append(Cue("score", m.start(g), m.end(g), score=v))
    # "có tổng số điểm đạt được 68,32 điểm, chỉ số cải cách hành chính đạt 81,33%": the index is the share, the
    # points only what it was computed from
    for share in [c for c in found if low.startswith("%", c.end) or low.startswith(" %", c.end)]:
        points = [c for c in found if c.end <= share.start and _POINTS_THEN_INDEX_SHARE.fullmatch(low, c.end, share.start)]
        found[:] = [c for c in found if c not in points]
    if _PARTS_OF_A_TOTAL.match(low) and not re.search(COMPONENT_ALT, low):
        found.clear()  # (a pillar's value is a fact of its own: "Trong đó, điểm chính quyền số 0,2803 …")
    for c in found:
        # (a value left in a move "từ 79,69% … xuống 72,40%" is that edition's result, not one compared with)
        if not _overlaps(cues, c.start, c.end) and (c.values == [_MOVED] or not _not_a_result(low, c.start)):
            cues.append(c)


def number_word(word: str) -> int | None:
    """Exposed for tests: a rank word's value."""
    return NUMBER_WORDS.get(word.lower())
