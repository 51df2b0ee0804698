-- geography and geometry columns are OGC Well-Known Binary in a bytea column in PostgreSQL without PostGIS (T130):
-- .Lat/.Long of a geography point and .STX/.STY of a geometry point read the WKB's Y/X with helper functions the
-- output creates once in schema sctconv_ext (H001), before the view and the routines that call them; NULL for NULL
-- and for a value that is not a point, as in SQL Server; either byte order; .STAsBinary() is the column itself.
-- MariaDB (geometry) keeps them refused (E004).
CREATE TABLE dbo.Town (TownID int NOT NULL PRIMARY KEY, TownName nvarchar(40) NOT NULL, Spot geography NULL,
    Layout geometry NULL);
GO
CREATE TABLE dbo.TownVisit (TownID int NOT NULL, Lat decimal(18,7) NULL, Lng decimal(18,7) NULL);
GO
CREATE PROCEDURE dbo.RecordTownVisits
AS
BEGIN
    DECLARE @TownID int;
    DECLARE @Latitude decimal(18,7);
    DECLARE @Longitude decimal(18,7);
    DECLARE TownList CURSOR FAST_FORWARD READ_ONLY
    FOR
    SELECT t.TownID, t.[Spot].Lat, t.[Spot].Long
      FROM dbo.Town AS t
     ORDER BY t.TownID;
    OPEN TownList;
    FETCH NEXT FROM TownList INTO @TownID, @Latitude, @Longitude;
    WHILE @@FETCH_STATUS = 0
    BEGIN
        INSERT dbo.TownVisit (TownID, Lat, Lng) VALUES (@TownID, @Latitude, @Longitude);
        FETCH NEXT FROM TownList INTO @TownID, @Latitude, @Longitude;
    END;
    CLOSE TownList;
    DEALLOCATE TownList;
END;
GO
CREATE FUNCTION dbo.TownLat (@TownID int)
RETURNS float
AS
BEGIN
    DECLARE @Lat float;
    SELECT @Lat = Spot.Lat FROM dbo.Town WHERE TownID = @TownID;
    RETURN @Lat;
END;
GO
CREATE VIEW dbo.TownPoint AS
SELECT t.TownID, t.Spot.Lat AS Lat, t.Spot.Long AS Lng, t.Layout.STX AS X, t.Layout.STY AS Y,
       t.Spot.STAsBinary() AS Wkb
  FROM dbo.Town AS t;
GO
-- @for: mariadb
-- @exit: 1
-- @report: E004
-- @no-report: H001
-- @out-not-contains: sctconv_ext
-- @report-eval: [(i["line"], i["message"][:15]) for i in items if i["code"] == "E004"] == [(43, "property Lat of")]
-- @report: C001
-- @report: C002
-- @my: SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = DATABASE() \
--      AND table_name = 'town' AND column_name IN ('spot', 'layout') ORDER BY 1
-- @expect: layout|geometry
-- @expect: spot|geometry
-- @my: SELECT COUNT(*) FROM information_schema.views WHERE table_schema = DATABASE()
-- @expect: 0
-- @for: postgres
-- @exit: 1
-- @no-report: E004
-- @no-report: C010
-- @report: H001
-- @report: T130
-- @out-contains: sctconv_ext.wkb_point_y(t.spot)
-- @out-contains: sctconv_ext.wkb_point_x(t.layout)
-- @pg: SELECT proname, provolatile, proisstrict, proparallel, prolang = 14 FROM pg_proc \
--      WHERE pronamespace = 'sctconv_ext'::regnamespace ORDER BY 1
-- @expect: wkb_float8|i|t|s|t
-- @expect: wkb_point_coord|i|t|s|t
-- @expect: wkb_point_x|i|t|s|t
-- @expect: wkb_point_y|i|t|s|t
-- @expect: wkb_uint|i|t|s|t
-- 1 Auckland POINT(174.76 -36.85) little endian, 2 Seattle POINT(-122.33 47.61), 3 Sydney POINT(151.2093 -33.8688)
-- big endian, 4 NULL, 5 LINESTRING(0 0, 1 1), 6 London POINT(-0.1276 51.5072) as PostGIS EWKB with SRID 4326;
-- geometry POINT(3 8) for 1, a linestring for 5
-- @pg-ok: INSERT INTO dbo.town VALUES \
--   (1, 'Auckland', decode('0101000000b81e85eb51d86540cdcccccccc6c42c0', 'hex'), decode('010100000000000000000008400000000000002040', 'hex')), \
--   (2, 'Seattle', decode('010100000085eb51b81e955ec0ae47e17a14ce4740', 'hex'), NULL), \
--   (3, 'Sydney', decode('00000000014062e6b295e9e1b1c040ef34d6a161e5', 'hex'), NULL), \
--   (4, 'Nowhere', NULL, NULL), \
--   (5, 'Road', decode('01020000000200000000000000000000000000000000000000000000000000f03f000000000000f03f', 'hex'), \
--       decode('01020000000200000000000000000000000000000000000000000000000000f03f000000000000f03f', 'hex')), \
--   (6, 'London', decode('0101000020e6100000da1b7c613255c0bffe43faedebc04940', 'hex'), NULL)
-- @pg-ok: CALL dbo.recordtownvisits()
-- @pg: SELECT townid, lat, lng FROM dbo.townvisit ORDER BY townid
-- @expect: 1|-36.8500000|174.7600000
-- @expect: 2|47.6100000|-122.3300000
-- @expect: 3|-33.8688000|151.2093000
-- @expect: 4||
-- @expect: 5||
-- @expect: 6|51.5072000|-0.1276000
-- @pg: SELECT dbo.townlat(1), dbo.townlat(2), dbo.townlat(3), dbo.townlat(4) IS NULL, dbo.townlat(5) IS NULL, dbo.townlat(7) IS NULL
-- @expect: -36.85|47.61|-33.8688|t|t|t
-- @pg: SELECT townid, lat, lng, x, y, wkb = (SELECT spot FROM dbo.town AS w WHERE w.townid = v.townid) \
--      FROM dbo.townpoint AS v ORDER BY townid
-- @expect: 1|-36.85|174.76|3|8|t
-- @expect: 2|47.61|-122.33|||t
-- @expect: 3|-33.8688|151.2093|||t
-- @expect: 4|||||
-- @expect: 5|||||t
-- @expect: 6|51.5072|-0.1276|||t
-- @pg: SELECT float8send(lat) = float8send(-36.85::float8), float8send(lng) = float8send(174.76::float8) \
--      FROM dbo.townpoint WHERE townid = 1
-- @expect: t|t
