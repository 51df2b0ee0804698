-- Natively compiled procedure: WITH NATIVE_COMPILATION, SCHEMABINDING and a BEGIN ATOMIC WITH (...) body
-- become an ordinary PL/pgSQL body (C030 says what is not kept).
CREATE TABLE dbo.Readings (ReadingID bigint NOT NULL PRIMARY KEY, SensorID int NOT NULL, Temp decimal(10,2) NOT NULL);
GO
CREATE PROCEDURE dbo.AddReadings
@Sensors int,
@Temp decimal(10,2)
WITH NATIVE_COMPILATION, SCHEMABINDING, EXECUTE AS OWNER
AS
BEGIN ATOMIC WITH
    (TRANSACTION ISOLATION LEVEL = SNAPSHOT, LANGUAGE = N'us_english')

    DECLARE @Counter int = 1
    DECLARE @NextID bigint
    SELECT @NextID = ISNULL(MAX(ReadingID), 0) + 1 FROM dbo.Readings
    WHILE @Counter <= @Sensors
    BEGIN
        INSERT dbo.Readings (ReadingID, SensorID, Temp) VALUES (@NextID, @Counter, @Temp + @Counter)
        SET @NextID += 1
        SET @Counter += 1
    END
END;
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 0
-- @report: C030
-- @report-object: LANGUAGE = N'us_english'
-- @no-report: C010
-- @no-report: C021
-- @pg: CALL dbo.addreadings(3, 20.5)
-- @expect:
-- @pg: CALL dbo.addreadings(1, 1)
-- @expect:
-- @pg: SELECT readingid, sensorid, temp FROM dbo.readings ORDER BY readingid
-- @expect: 1|1|21.50
-- @expect: 2|2|22.50
-- @expect: 3|3|23.50
-- @expect: 4|1|2.00
