-- A user-defined table type (CREATE TYPE ... AS TABLE) becomes a composite type for PostgreSQL: each column
-- through the type rules (an alias type resolved); its key, NOT NULL, default, identity and index cannot
-- live on a composite type and are reported (C040). MySQL/MariaDB have no composite types: carried (C007).
CREATE TYPE dbo.Code FROM nvarchar(10) NOT NULL;
GO
CREATE TYPE [Sales].[ReadingList] AS TABLE (
    [ReadingID]   INT             IDENTITY (1, 1) NOT NULL,
    [SensorCode]  [dbo].[Code],
    [TakenWhen]   DATETIME2 (7)   NULL,
    [Value]       DECIMAL (18, 2) NULL,
    [Ok]          BIT             NOT NULL DEFAULT 1,
    [Payload]     NVARCHAR (MAX)  NULL,
    [Tag]         UNIQUEIDENTIFIER NULL,
    PRIMARY KEY NONCLUSTERED ([ReadingID] ASC),
    INDEX [IX_ReadingList_Sensor] ([SensorCode]))
    WITH (MEMORY_OPTIMIZED = ON);
GO
CREATE TABLE Sales.Reading (ReadingID int NOT NULL PRIMARY KEY, Value decimal(18,2) NULL);
GO
-- @for: mariadb
-- @exit: 1
-- @report: C007
-- @report-object: a table type
-- @my: SELECT count(*) FROM information_schema.tables WHERE table_name = 'ReadingList'
-- @expect: 0
-- @for: postgres
-- @exit: 1
-- @no-report: C007
-- @report: C040
-- @report-eval: len([i for i in items if i["code"] == "C040"]) == 5
-- @report-object: IDENTITY of Sales.ReadingList.ReadingID
-- @report-object: INDEX IX_ReadingList_Sensor
-- @report-object: NOT NULL of readingid, sensorcode, ok
-- @pg: SELECT c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
--      WHERE n.nspname = 'sales' AND c.relname = 'readinglist'
-- @expect: c
-- @pg: SELECT attnum, attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute \
--      WHERE attrelid = 'sales.readinglist'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: 1|readingid|integer|f
-- @expect: 2|sensorcode|character varying(10)|f
-- @expect: 3|takenwhen|timestamp(6) without time zone|f
-- @expect: 4|value|numeric(18,2)|f
-- @expect: 5|ok|boolean|f
-- @expect: 6|payload|text|f
-- @expect: 7|tag|uuid|f
-- @pg: SELECT (ROW(1, 'a', '2024-01-02 03:04:05.1234567', 1.005, true, 'x', NULL)::sales.readinglist).value
-- @expect: 1.01
-- @pg: SELECT count(*) FROM pg_indexes WHERE schemaname = 'sales'
-- @expect: 1
