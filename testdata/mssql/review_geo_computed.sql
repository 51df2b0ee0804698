-- Computed columns and CHECK constraints on .STX/.STY/.Lat of a WKB column (the table's own scope, no FROM item):
-- PostgreSQL gets generated double precision columns calling the IMMUTABLE helpers (float in SQL Server); before,
-- "G.STY" was printed as a qualified column and the table failed to load. MariaDB keeps them refused (K007 plain
-- column). Decoding edges: POINT EMPTY (NaN), ISO Z and big-endian M points, EWKB Z with SRID, a truncated EWKB
-- SRID point, a bad byte-order byte, a polygon header, a 3-byte value, extreme and subnormal doubles: NULL
-- wherever there is no point coordinate.
CREATE TABLE dbo.RvShape (ID int NOT NULL PRIMARY KEY, G geometry NULL, Spot geography NULL,
    X AS G.STX PERSISTED, Y AS G.STY,
    CONSTRAINT ck_rvshape_lat CHECK (Spot.Lat BETWEEN -90 AND 90));
GO
CREATE INDEX ix_rvshape_x ON dbo.RvShape (X);
GO
-- @for: all
-- @exit: 1
-- @for: postgres
-- @no-report: K007
-- @report-eval: [i["message"].split()[2] for i in items if i["code"] == "H001"] == ["sctconv_ext.wkb_point_x", "sctconv_ext.wkb_point_y"]
-- @pg: SELECT attname, format_type(atttypid, atttypmod), attgenerated FROM pg_attribute WHERE attrelid = 'dbo.rvshape'::regclass AND attname IN ('x', 'y') ORDER BY 1
-- @expect: x|double precision|s
-- @expect: y|double precision|s
-- @pg-ok: INSERT INTO dbo.rvshape (id, g) VALUES \
--   (1, decode('0101000000000000000000f87f000000000000f87f', 'hex')), \
--   (2, decode('01e90300000000000000000c4000000000008020c00000000000005940', 'hex')), \
--   (3, decode('01010000a0e6100000000000000000f8bf00000000000004400000000000002240', 'hex')), \
--   (4, decode('0101000020e61000000000000000001c4000000000', 'hex')), \
--   (5, decode('00000000017e37e43c8800759c8000000000000001', 'hex')), \
--   (6, decode('0201000000000000000000f03f0000000000000040', 'hex')), \
--   (7, decode('00000007d1401000000000000040140000000000004018000000000000', 'hex')), \
--   (8, decode('010300000000000000', 'hex')), (9, decode('010100', 'hex')), (10, NULL)
-- @pg: SELECT id, x, y, x IS NULL, y IS NULL FROM dbo.rvshape ORDER BY id
-- @expect: 1|||t|t
-- @expect: 2|3.5|-8.25|f|f
-- @expect: 3|-1.5|2.5|f|f
-- @expect: 4|||t|t
-- @expect: 5|1e+300|-5e-324|f|f
-- @expect: 6|||t|t
-- @expect: 7|4|5|f|f
-- @expect: 8|||t|t
-- @expect: 9|||t|t
-- @expect: 10|||t|t
-- @pg-fail: INSERT INTO dbo.rvshape (id, spot) VALUES (11, decode('0101000000000000000000f03f0000000000c05640', 'hex'))
-- @error: ck_rvshape_lat
-- @pg-ok: INSERT INTO dbo.rvshape (id, spot) VALUES (12, decode('0101000000000000000000f03f0000000000405640', 'hex'))
-- @for: mariadb
-- @report: K007
-- @my: SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_NAME = 'rvshape' AND COLUMN_NAME IN ('x', 'y')
-- @expect: 2
