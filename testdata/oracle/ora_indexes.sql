-- CREATE [UNIQUE|BITMAP] INDEX, function-based, DESC, REVERSE, storage clauses.
CREATE TABLE cust (id NUMBER(8), email VARCHAR2(100), last_name VARCHAR2(40), region CHAR(2), created DATE);
CREATE UNIQUE INDEX cust_email_uk ON cust (email) TABLESPACE idx_ts PCTFREE 10 STORAGE (INITIAL 64K NEXT 64K) LOGGING;
CREATE BITMAP INDEX cust_region_bx ON cust (region);
CREATE INDEX cust_upper_ix ON cust (UPPER(last_name));
CREATE INDEX cust_created_ix ON cust (created DESC, id);
CREATE INDEX cust_id_rx ON cust (id) REVERSE;
-- @exit 0 1
-- @pg: SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'cust' ORDER BY 1
-- @expect: cust_created_ix|CREATE INDEX cust_created_ix ON public.cust USING btree (created DESC, id)
-- @expect: cust_email_uk|CREATE UNIQUE INDEX cust_email_uk ON public.cust USING btree (email)
-- @expect: cust_id_rx|CREATE INDEX cust_id_rx ON public.cust USING btree (id)
-- @expect: cust_region_bx|CREATE INDEX cust_region_bx ON public.cust USING btree (region)
-- @expect: cust_upper_ix|CREATE INDEX cust_upper_ix ON public.cust USING btree (upper((last_name)::text))
-- @pg-ok: INSERT INTO cust (id, email) VALUES (1, 'a@x')
-- @pg-fail: INSERT INTO cust (id, email) VALUES (2, 'a@x')
-- @error: cust_email_uk
-- @report: K001
