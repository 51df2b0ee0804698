-- ANSI spellings of types that T-SQL accepts.
CREATE TABLE dbo.Syn (
    A national character varying(30), B character varying(10), C integer,
    D double precision, E national char(4), F character(2), G dec(6,2)
);
GO
-- @exit 0 1
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute \
--      WHERE attrelid = 'dbo.syn'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum
-- @expect: a|character varying(30)
-- @expect: b|character varying(10)
-- @expect: c|integer
-- @expect: d|double precision
-- @expect: e|character(4)
-- @expect: f|character(2)
-- @expect: g|numeric(6,2)
