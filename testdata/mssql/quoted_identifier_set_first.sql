-- The script sets QUOTED_IDENTIFIER ON (as SSMS writes it) before its first "...": they are quoted names
-- whatever tool runs it, nothing to report (no N006).
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[QsOrders] (
    [Id] int NOT NULL PRIMARY KEY,
    "Order Date" date NOT NULL DEFAULT '2024-01-02'
);
GO
-- @no-report: N006
-- @pg-ok: INSERT INTO dbo.qsorders (id) VALUES (1)
-- @pg: SELECT id, "order date" FROM dbo.qsorders
-- @expect: 1|2024-01-02
-- @my-ok: INSERT INTO qsorders (id) VALUES (1)
-- @my: SELECT id, `order date` FROM qsorders
-- @expect: 1|2024-01-02
-- @exit: 0
