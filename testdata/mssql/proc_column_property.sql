-- A property of a spatial column (alias.column.STSrid, column.STSrid: WKB bytea has no SRID) is not a column
-- reference: the statement is reported (E004) and kept as a comment, never turned into table.column;
-- schema.table.column still is one. (.Lat/.Long of a WKB column are converted: proc_geography.sql.)
CREATE TABLE dbo.Place (PlaceID int PRIMARY KEY, PlaceName nvarchar(50) NOT NULL, Spot geography NULL);
GO
CREATE PROCEDURE dbo.PlaceNames @MinID int
AS
BEGIN
    DECLARE @n int = 0;
    SELECT @n = COUNT(*) FROM dbo.Place AS p WHERE p.PlaceID >= @MinID;
    SELECT p.PlaceName, p.Spot.STSrid AS Srid FROM dbo.Place AS p WHERE p.PlaceID >= @MinID;
    SELECT PlaceName, Spot.STSrid AS Srid FROM dbo.Place;
    RETURN @n;
END
GO
CREATE VIEW dbo.PlaceLat AS SELECT pl.PlaceID, pl.Spot.STSrid AS Srid FROM dbo.Place AS pl;
GO
CREATE VIEW dbo.PlaceKey AS SELECT dbo.Place.PlaceID FROM dbo.Place;
GO
CREATE SCHEMA Geo;
GO
CREATE TABLE Geo.Geo (GeoID int PRIMARY KEY, GeoName nvarchar(20) NULL);
GO
CREATE PROCEDURE Geo.Rename @GeoID int
AS
BEGIN
    UPDATE Geo.Geo SET GeoName = N'x' WHERE Geo.Geo.GeoID = @GeoID;
END
GO
-- @for: all
-- @exit: 1
-- @for: postgres
-- @report: E004
-- @report-eval: [i["line"] for i in items if i["code"] == "E004"] == [11, 12, 16]
-- @report-eval: len([i for i in items if i["code"] == "C010"]) == 2
-- @out-not-match: [^.]spot\.stsrid
-- @out-match: -- \| SELECT p\.PlaceName, p\.Spot\.STSrid AS Srid
-- @pg-ok: INSERT INTO dbo.place VALUES (1, 'a', NULL), (2, 'b', NULL), (3, 'c', NULL)
-- @pg: CALL dbo.placenames(2, NULL)
-- @expect: ||2
-- @pg: SELECT count(*) FROM pg_views WHERE viewname = 'placelat'
-- @expect: 0
-- @pg: SELECT placeid FROM dbo.placekey ORDER BY 1
-- @expect: 1
-- @expect: 2
-- @expect: 3
-- @pg-ok: INSERT INTO geo.geo VALUES (1, 'a'), (2, 'b')
-- @pg-ok: CALL geo.rename(2)
-- @pg: SELECT geoid, geoname FROM geo.geo ORDER BY 1
-- @expect: 1|a
-- @expect: 2|x
