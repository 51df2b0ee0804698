-- ALTER TABLE: ADD (columns), ADD CONSTRAINT, MODIFY (type / NOT NULL / DEFAULT), DROP COLUMN.
CREATE TABLE acct (id NUMBER(6), name VARCHAR2(20), status CHAR(1), tmp NUMBER);
ALTER TABLE acct ADD (balance NUMBER(12,2) DEFAULT 0 NOT NULL, opened DATE);
ALTER TABLE acct ADD CONSTRAINT acct_pk PRIMARY KEY (id);
ALTER TABLE acct ADD CONSTRAINT acct_status_ck CHECK (status IN ('O', 'C'));
ALTER TABLE acct MODIFY (name VARCHAR2(50) NOT NULL);
ALTER TABLE acct MODIFY status DEFAULT 'O';
ALTER TABLE acct DROP COLUMN tmp;
-- @exit 0 1
-- @pg: SELECT column_name, data_type, character_maximum_length, is_nullable, column_default FROM information_schema.columns \
--      WHERE table_name = 'acct' ORDER BY ordinal_position
-- @expect: id|integer||NO|
-- @expect: name|character varying|50|NO|
-- @expect: status|character|1|YES|'O'::bpchar
-- @expect: balance|numeric||NO|0
-- @expect: opened|timestamp without time zone||YES|
-- @pg-fail: INSERT INTO acct (id, name, status) VALUES (1, 'x', 'Z')
-- @error: acct_status_ck
