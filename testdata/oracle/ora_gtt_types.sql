-- Global temporary tables (a permanent definition in Oracle) and object/collection types (PostgreSQL: a
-- composite type and domains over arrays; MariaDB: reported, the columns JSON).
CREATE GLOBAL TEMPORARY TABLE gtt_work (id NUMBER(6), payload VARCHAR2(100)) ON COMMIT PRESERVE ROWS;
CREATE TYPE addr_t AS OBJECT (street VARCHAR2(40), city VARCHAR2(30));
/
CREATE TYPE phone_list AS VARRAY(5) OF VARCHAR2(20);
/
CREATE TYPE name_tab AS TABLE OF VARCHAR2(30);
/
CREATE TABLE person (id NUMBER(6) PRIMARY KEY, home addr_t, phones phone_list);
-- @exit 1
-- @pg-ok: INSERT INTO gtt_work VALUES (1, 'kept after the session')
-- @pg: SELECT relpersistence FROM pg_class WHERE relname = 'gtt_work'
-- @expect: p
-- @pg: SELECT count(*) FROM information_schema.columns WHERE table_name = 'person'
-- @expect: 3
-- @report: K040
-- @for: postgres
-- @no-report: C007
-- @no-report: T001
-- @pg: SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'person'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: integer
-- @expect: addr_t
-- @expect: phone_list
-- @for: mariadb
-- @report: C007
-- @report: T003
-- @my: SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'person' ORDER BY ordinal_position
-- @expect: id|int
-- @expect: home|longtext
-- @expect: phones|longtext
