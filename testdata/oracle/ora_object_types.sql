-- CREATE TYPE ... AS OBJECT becomes a composite type, TABLE OF / VARRAY OF a scalar a domain over an array
-- (PostgreSQL); columns of these types use them. A type with a method or an unmappable attribute is reported.
CREATE TABLE customer (id NUMBER(6) PRIMARY KEY, home addr_t, tags tag_list);
CREATE TYPE addr_t AS OBJECT (
  street VARCHAR2(40),
  zip    NUMBER(5),
  since  DATE
);
/
CREATE TYPE tag_list AS TABLE OF VARCHAR2(20);
/
CREATE TYPE score_arr AS VARRAY(3) OF NUMBER(4,1);
/
CREATE TYPE shape_t AS OBJECT (w NUMBER, MEMBER FUNCTION area RETURN NUMBER);
/
CREATE TABLE client (id NUMBER(6) PRIMARY KEY, home addr_t, tags tag_list, scores score_arr, shape shape_t);
-- @exit: 1
-- @report: C007
-- @report-object: shape_t
-- @for: postgres
-- @report: K046
-- @for: postgres
-- @out-match: ^CREATE TYPE addr_t AS \(street varchar\(40\), zip integer, since timestamp\(0\)\);
-- @out-contains: CREATE DOMAIN tag_list AS varchar(20)[]
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute a JOIN pg_type t ON t.typrelid = a.attrelid WHERE t.typname = 'addr_t' AND attnum > 0 ORDER BY attnum
-- @expect: street|character varying(40)
-- @expect: zip|integer
-- @expect: since|timestamp(0) without time zone
-- @pg: SELECT typname, format_type(typbasetype, typtypmod) FROM pg_type WHERE typname IN ('tag_list', 'score_arr') ORDER BY 1
-- @expect: score_arr|numeric(4,1)[]
-- @expect: tag_list|character varying(20)[]
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'client'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: id|integer
-- @expect: home|addr_t
-- @expect: tags|tag_list
-- @expect: scores|score_arr
-- @expect: shape|text
-- @pg-ok: INSERT INTO client (id, home, tags, scores) VALUES (1, ROW('Main St 1', 12345, DATE '2020-01-02'), ARRAY['a', 'b'], ARRAY[1.5, 2.0])
-- @pg: SELECT (home).street, (home).zip, tags[2], scores[1] FROM client
-- @expect: Main St 1|12345|b|1.5
-- @pg: SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'customer'::regclass AND attname = 'home'
-- @expect: addr_t
-- @for: mariadb
-- @report: T003
-- @my: SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'client' ORDER BY ordinal_position
-- @expect: id|int
-- @expect: home|longtext
-- @expect: tags|longtext
-- @expect: scores|longtext
-- @expect: shape|longtext
