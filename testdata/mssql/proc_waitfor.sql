-- WAITFOR DELAY 'hh:mm:ss[.mmm]' (a constant or a variable) -> PERFORM pg_sleep(seconds of that time of day);
-- WAITFOR TIME (until a time of day) is left for a person (C010). The statement used to be a syntax error
-- that left the whole statement as a comment.
CREATE TABLE dbo.Naps (Note varchar(10) NOT NULL);
GO
CREATE PROCEDURE dbo.Nap @d varchar(12)
AS
BEGIN
    WAITFOR DELAY @d;
    INSERT dbo.Naps VALUES ('after');
    IF @d = 'never' WAITFOR TIME '23:00';
    WAITFOR DELAY '00:00:00.100';
END
GO
-- @exit: 1
-- @for: postgres
-- @report-eval: [i["line"] for i in items if i["code"] == "C010"] == [11]
-- @out-contains: PERFORM pg_sleep(extract(epoch FROM CAST(CAST(p_d AS time) AS interval)));
-- @pg: CALL dbo.nap('00:00:00.300'); SELECT clock_timestamp() - now() >= interval '0.4 seconds', clock_timestamp() - now() < interval '3 seconds'
-- @expect: t|t
-- @pg: SELECT note FROM dbo.naps
-- @expect: after
