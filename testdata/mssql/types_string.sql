-- Character types: lengths kept, max and legacy LOB types become text.
CREATE TABLE dbo.Strs (
    A char(10), B varchar(20), C nvarchar(50), D nvarchar(max), E varchar(MAX),
    F nchar(5), G text, H ntext, I varchar, J nvarchar
);
GO
-- @exit 0 1
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute \
--      WHERE attrelid = 'dbo.strs'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum
-- @expect: a|character(10)
-- @expect: b|character varying(20)
-- @expect: c|character varying(50)
-- @expect: d|text
-- @expect: e|text
-- @expect: f|character(5)
-- @expect: g|text
-- @expect: h|text
-- @expect: i|character varying(1)
-- @expect: j|character varying(1)
-- @pg: SELECT character_maximum_length FROM information_schema.columns WHERE table_schema = 'dbo' AND table_name = 'strs' AND column_name = 'c'
-- @expect: 50
-- @pg-ok: INSERT INTO dbo.strs (c) VALUES (repeat('x', 50))
-- @pg-fail: INSERT INTO dbo.strs (c) VALUES (repeat('x', 51))
-- @error: too long
