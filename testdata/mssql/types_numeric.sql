-- Exact and approximate numeric types, bit, money.
CREATE TABLE Nums (
    A int, B bigint, C smallint, D tinyint, E bit,
    F decimal(10,2), G numeric(18,0), H money, I smallmoney,
    J float, K real, L decimal, M float(24), N dec(5,1)
);
GO
-- @exit 0
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute \
--      WHERE attrelid = 'dbo.nums'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum
-- @expect: a|integer
-- @expect: b|bigint
-- @expect: c|smallint
-- @expect: d|smallint
-- @expect: e|boolean
-- @expect: f|numeric(10,2)
-- @expect: g|numeric(18,0)
-- @expect: h|numeric(19,4)
-- @expect: i|numeric(10,4)
-- @expect: j|double precision
-- @expect: k|real
-- @expect: l|numeric(18,0)
-- @expect: m|real
-- @expect: n|numeric(5,1)
-- @pg-ok: INSERT INTO dbo.nums (d, e, h) VALUES (255, true, 922337203685477.5807)
-- @pg: SELECT d, e, h FROM dbo.nums
-- @expect: 255|t|922337203685477.5807
-- @my: SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'nums' AND column_name IN ('f', 'h') ORDER BY column_name
-- @expect: f|decimal
-- @expect: h|decimal
-- @my: SELECT column_name, column_type FROM information_schema.columns WHERE table_name = 'nums' ORDER BY ordinal_position
-- @expect: a|int(11)
-- @expect: b|bigint(20)
-- @expect: c|smallint(6)
-- @expect: d|tinyint(3) unsigned
-- @expect: e|tinyint(1)
-- @expect: f|decimal(10,2)
-- @expect: g|decimal(18,0)
-- @expect: h|decimal(19,4)
-- @expect: i|decimal(10,4)
-- @expect: j|double
-- @expect: k|float
-- @expect: l|decimal(18,0)
-- @expect: m|float
-- @expect: n|decimal(5,1)
-- @my-ok: INSERT INTO nums (d, e, h) VALUES (255, 1, 922337203685477.5807)
-- @my: SELECT d, e, h FROM nums
-- @expect: 255|1|922337203685477.5807
-- @my-fail: INSERT INTO nums (d) VALUES (-1)
-- @error: out of range
