-- A user rule guarded by the column name overrides the NUMBER mapping for key columns only.
CREATE TABLE orders (id NUMBER, customer_id NUMBER, amount NUMBER, valid NUMBER(1));
-- @args: --rules testdata/oracle/ora_key_columns.rules
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute \
--      WHERE attrelid = 'orders'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: id|bigint
-- @expect: customer_id|bigint
-- @expect: amount|numeric
-- @expect: valid|smallint
-- @report: T202
