-- A review may correct a fact's key (entity, index, component, group, year), not only its value:
-- "rank 21 is Quảng Ngãi's, not Quảng Nam's". The key is the fact's identity, so such a review
-- rejects the fact where it stood and corrects the fact at the corrected key (found, or created
-- with the loader's key_hash, by Warehouse.review) to the reviewed value; see warehouse/resolution.py.
-- corrected_* hold only the fields that changed (NULL = unchanged), in the facts table's sentinel
-- form: '' for a component/group cleared to the overall index/usual field, 0 for a year cleared.
-- corrected_fact_id is the fact at the corrected key, so that resolution joins on one column.
ALTER TABLE reviews ADD COLUMN corrected_entity VARCHAR;
ALTER TABLE reviews ADD COLUMN corrected_index VARCHAR;
ALTER TABLE reviews ADD COLUMN corrected_component VARCHAR;
ALTER TABLE reviews ADD COLUMN corrected_group VARCHAR;
ALTER TABLE reviews ADD COLUMN corrected_year INTEGER;
ALTER TABLE reviews ADD COLUMN corrected_fact_id BIGINT;
