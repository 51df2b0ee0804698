-- Inline INDEX definitions inside CREATE TABLE (table level and column level).
CREATE TABLE dbo.Log (
    ID int NOT NULL PRIMARY KEY,
    At datetime2(0) NOT NULL,
    Level tinyint NOT NULL,
    Source varchar(20) NOT NULL INDEX IX_Log_Source,
    INDEX IX_Log_At NONCLUSTERED (At DESC),
    INDEX IX_Log_Level_At (Level, At)
);
GO
-- @exit 0 1
-- @pg: SELECT indexname, regexp_replace(indexdef, '^.* USING btree ', '') FROM pg_indexes \
--      WHERE schemaname = 'dbo' AND tablename = 'log' AND indexname LIKE 'ix%' ORDER BY indexname
-- @expect: ix_log_at|(at DESC)
-- @expect: ix_log_level_at|(level, at)
-- @expect: ix_log_source|(source)
