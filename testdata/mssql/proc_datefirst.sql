-- SET DATEFIRST inside a routine: 7 (what the converted weekday expressions assume) is dropped with an
-- info item; another constant in straight-line code makes DATEPART(weekday) and @@DATEFIRST after it
-- follow that value; DATEPART(week) after it, or SET DATEFIRST inside IF, is left for a person (C010).
CREATE PROCEDURE dbo.WeekdaySunday @d date, @wd int OUTPUT
AS
BEGIN
    SET DATEFIRST 7;
    SET @wd = DATEPART(weekday, @d);
END
GO
CREATE PROCEDURE dbo.WeekdayMonday @d date, @before int OUTPUT, @wd int OUTPUT, @df int OUTPUT
AS
BEGIN
    SET @before = DATEPART(dw, @d);
    SET DATEFIRST 1;
    SET @wd = DATEPART(dw, @d);
    SET @df = @@DATEFIRST;
END
GO
CREATE PROCEDURE dbo.NextWorkday @d date OUTPUT
AS
BEGIN
    SET DATEFIRST 3;
    SET @d = DATEADD(day, 1, @d);
    WHILE DATEPART(weekday, @d) IN (4, 5)
        SET @d = DATEADD(day, 1, @d);
END
GO
CREATE PROCEDURE dbo.WeekNumber @d date, @wk int OUTPUT
AS
BEGIN
    SET DATEFIRST 1;
    SET @wk = DATEPART(week, @d);
    IF @wk > 1
        SET DATEFIRST 7;
END
GO
-- a string literal date: cast, date_part(text, unknown) would be ambiguous
CREATE PROCEDURE dbo.WeekdayOfLiteral @wd int OUTPUT
AS
BEGIN
    SET DATEFIRST 1;
    SET @wd = DATEPART(weekday, '2024-06-02');
END
GO
-- @exit: 1
-- @for: postgres
-- @report-eval: sum(1 for i in items if i["code"] == "C020" and "DATEFIRST" in i["message"]) == 5
-- @report-eval: [i["line"] for i in items if i["code"] == "C010"] == [33, 35]
-- @pg: CALL dbo.weekdaysunday('2024-06-02', NULL)
-- @expect: 1
-- @pg: CALL dbo.weekdaysunday('2024-06-08', NULL)
-- @expect: 7
-- @pg: CALL dbo.weekdaymonday('2024-06-02', NULL, NULL, NULL)
-- @expect: 1|7|1
-- @pg: CALL dbo.weekdaymonday('2024-06-03', NULL, NULL, NULL)
-- @expect: 2|1|1
-- @pg: CALL dbo.weekdaymonday('2024-06-05', NULL, NULL, NULL)
-- @expect: 4|3|1
-- @pg: CALL dbo.nextworkday('2024-06-04')
-- @expect: 2024-06-05
-- @pg: CALL dbo.nextworkday('2024-06-07')
-- @expect: 2024-06-10
-- @pg: CALL dbo.weekdayofliteral(NULL)
-- @expect: 7
