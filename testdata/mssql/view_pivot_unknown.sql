-- PIVOT whose source columns are not known (a view's or a function's output) is reported, not guessed.
CREATE TABLE dbo.Marks (Student int NOT NULL, Subject nvarchar(10) NOT NULL, Mark int NULL);
GO
CREATE VIEW dbo.vMarks AS SELECT Student, Subject, Mark FROM dbo.Marks;
GO
CREATE VIEW dbo.vMarkGrid AS
SELECT * FROM dbo.vMarks PIVOT (MAX(Mark) FOR Subject IN ([math], [art])) AS p;
GO
CREATE VIEW dbo.vMarkFn AS
SELECT * FROM dbo.MarkRows(1) AS m PIVOT (MAX(Mark) FOR Subject IN ([math])) AS p;
GO
CREATE VIEW dbo.vMarkOk AS
SELECT Student, [math] AS Math FROM dbo.Marks PIVOT (MAX(Mark) FOR Subject IN ([math])) AS p;
GO
-- @exit: 1
-- @report: E004
-- @report-object: columns are not known
-- @report: P001
-- @out-not-match: ^CREATE VIEW dbo.vmarkgrid
-- @pg-ok: INSERT INTO dbo.marks VALUES (1, 'math', 7), (1, 'art', 9), (2, 'art', 5)
-- @pg: SELECT student, math FROM dbo.vmarkok ORDER BY student
-- @expect: 1|7
-- @expect: 2|
-- @my-ok: INSERT INTO marks VALUES (1, 'math', 7), (1, 'art', 9), (2, 'art', 5)
-- @my: SELECT student, math FROM vmarkok ORDER BY student
-- @expect: 1|7
-- @expect: 2|NULL
