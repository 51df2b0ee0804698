-- ALTER TABLE: ADD CONSTRAINT (PK, FK, UNIQUE), WITH CHECK / WITH NOCHECK ADD, CHECK CONSTRAINT,
-- ADD columns, ADD CONSTRAINT ... DEFAULT ... FOR.
CREATE TABLE dbo.Dept (DeptID int NOT NULL, Name varchar(50) NOT NULL);
CREATE TABLE dbo.Emp (EmpID int NOT NULL, DeptID int NULL, Salary int NULL);
GO
ALTER TABLE dbo.Dept ADD CONSTRAINT PK_Dept PRIMARY KEY CLUSTERED (DeptID);
ALTER TABLE dbo.Emp ADD CONSTRAINT PK_Emp PRIMARY KEY (EmpID);
GO
ALTER TABLE dbo.Emp WITH CHECK ADD CONSTRAINT FK_Emp_Dept FOREIGN KEY (DeptID) REFERENCES dbo.Dept (DeptID);
GO
ALTER TABLE dbo.Emp CHECK CONSTRAINT FK_Emp_Dept;
GO
ALTER TABLE [dbo].[Emp] WITH NOCHECK ADD CONSTRAINT [CK_Emp_Salary] CHECK (([Salary] > (0)));
ALTER TABLE dbo.Emp ADD Bonus int NULL, Title nvarchar(30) NOT NULL CONSTRAINT DF_Emp_Title DEFAULT ('staff');
ALTER TABLE dbo.Emp ADD CONSTRAINT DF_Emp_Bonus DEFAULT ((0)) FOR Bonus;
ALTER TABLE dbo.Dept ADD CONSTRAINT UQ_Dept_Name UNIQUE NONCLUSTERED (Name);
GO
-- @exit 0 1
-- @pg: SELECT conname, contype, convalidated FROM pg_constraint WHERE connamespace = 'dbo'::regnamespace AND contype IN ('p','f','c','u') ORDER BY conname
-- @expect: ck_emp_salary|c|f
-- @expect: fk_emp_dept|f|t
-- @expect: pk_dept|p|t
-- @expect: pk_emp|p|t
-- @expect: uq_dept_name|u|t
-- @report: K002
-- @pg-ok: INSERT INTO dbo.dept (deptid, name) VALUES (1, 'R&D')
-- @pg-ok: INSERT INTO dbo.emp (empid, deptid, salary) VALUES (1, 1, 100)
-- @pg: SELECT bonus, title FROM dbo.emp WHERE empid = 1
-- @expect: 0|staff
-- @pg-fail: INSERT INTO dbo.emp (empid, deptid, salary) VALUES (2, 9, 100)
-- @error: fk_emp_dept
-- @pg-fail: INSERT INTO dbo.emp (empid, deptid, salary) VALUES (3, 1, -5)
-- @error: ck_emp_salary
-- @pg-fail: INSERT INTO dbo.dept (deptid, name) VALUES (2, 'R&D')
-- @error: duplicate key
