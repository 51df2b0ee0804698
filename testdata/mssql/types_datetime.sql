-- Date and time types with their fractional-second precision.
CREATE TABLE dbo.Times (
    A datetime, B datetime2, C datetime2(3), D date, E time, F smalldatetime,
    G datetimeoffset, H time(0), I datetime2(0)
);
GO
-- T102 (offset not stored) is a warning: exit 0 or 1 accepted.
-- @exit 0 1
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute \
--      WHERE attrelid = 'dbo.times'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum
-- @expect: a|timestamp(3) without time zone
-- @expect: b|timestamp(6) without time zone
-- @expect: c|timestamp(3) without time zone
-- @expect: d|date
-- @expect: e|time(6) without time zone
-- @expect: f|timestamp(0) without time zone
-- @expect: g|timestamp(6) with time zone
-- @expect: h|time(0) without time zone
-- @expect: i|timestamp(0) without time zone
-- @report: T106
