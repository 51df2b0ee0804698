-- NUMBER by precision: NUMBER(p[,0]) to the smallest integer type that holds p digits, NUMBER to numeric.
CREATE TABLE num_types (
    n_plain   NUMBER,
    n4        NUMBER(4),
    n5        NUMBER(5),
    n9        NUMBER(9,0),
    n10       NUMBER(10),
    n18       NUMBER(18),
    n19       NUMBER(19),
    n38       NUMBER(38),
    n_star    NUMBER(*,0),
    n_money   NUMBER(8,2),
    n_frac    NUMBER(2,5),
    i         INTEGER,
    f         FLOAT,
    f24       FLOAT(24),
    bf        BINARY_FLOAT,
    bd        BINARY_DOUBLE
);
-- @exit 0 1
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute \
--      WHERE attrelid = 'num_types'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: n_plain|numeric
-- @expect: n4|smallint
-- @expect: n5|integer
-- @expect: n9|integer
-- @expect: n10|bigint
-- @expect: n18|bigint
-- @expect: n19|numeric(19,0)
-- @expect: n38|numeric(38,0)
-- @expect: n_star|numeric(38,0)
-- @expect: n_money|numeric(8,2)
-- @expect: n_frac|numeric(5,5)
-- @expect: i|numeric(38,0)
-- @expect: f|double precision
-- @expect: f24|double precision
-- @expect: bf|real
-- @expect: bd|double precision
-- @pg-ok: INSERT INTO num_types (n4, n_money, n_frac) VALUES (9999, 123456.78, 0.00099)
-- @pg-fail: INSERT INTO num_types (n_money) VALUES (1234567.1)
-- @error: numeric field overflow
-- @pg-fail: INSERT INTO num_types (n4) VALUES (40000)
-- @error: out of range
-- @report: T202
-- @my: SELECT column_name, column_type FROM information_schema.columns WHERE table_schema = DATABASE() \
--      AND table_name = 'num_types' AND column_name IN ('n_plain', 'n4', 'n9', 'n18', 'n19', 'n_money') ORDER BY ordinal_position
-- @expect: n_plain|decimal(65,30)
-- @expect: n4|smallint(6)
-- @expect: n9|int(11)
-- @expect: n18|bigint(20)
-- @expect: n19|decimal(19,0)
-- @expect: n_money|decimal(8,2)
