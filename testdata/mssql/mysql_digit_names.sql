-- Names that begin with a digit: MySQL/MariaDB read 1e5, 2e1x, 0x1f and 0b1 unquoted as numbers, so they are
-- quoted (backticks) like names made of digits only; a digit inside a name (a1, col2x) needs nothing.
CREATE TABLE dbo.[1e5] ([1e5] int NOT NULL PRIMARY KEY, [2e1x] int, [0x1f] int, [0b1] int, [123] int, a1 int, col2x int);
GO
CREATE INDEX [0x2] ON dbo.[1e5] ([0b1]);
GO
-- @my: SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = '1e5' ORDER BY ordinal_position
-- @expect: 1e5
-- @expect: 2e1x
-- @expect: 0x1f
-- @expect: 0b1
-- @expect: 123
-- @expect: a1
-- @expect: col2x
-- @my-ok: INSERT INTO `1e5` (`1e5`, `0b1`) VALUES (1, 2)
-- @my: SELECT `0b1` + 1 FROM `1e5`
-- @expect: 3
-- @pg: SELECT attname FROM pg_attribute WHERE attrelid = 'dbo."1e5"'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: 1e5
-- @expect: 2e1x
-- @expect: 0x1f
-- @expect: 0b1
-- @expect: 123
-- @expect: a1
-- @expect: col2x
-- @for: mariadb
-- @out-contains: `0x2` ON `1e5` (`0b1`)
-- @out-contains: a1 int,
