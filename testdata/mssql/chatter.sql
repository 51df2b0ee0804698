:setvar DatabaseName "ShopDb"
:on error exit
-- Script chatter around a table: sqlcmd directives, USE, SET, PRINT, GO with a count, IF EXISTS ... DROP guards.
USE [master];
GO
USE [$(DatabaseName)];
GO
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON
GO
PRINT N'Creating tables...';
GO 2
IF OBJECT_ID(N'dbo.Items', N'U') IS NOT NULL DROP TABLE dbo.Items;
GO
IF EXISTS (SELECT * FROM sys.objects WHERE object_id = OBJECT_ID(N'[dbo].[Tags]') AND type in (N'U'))
DROP TABLE [dbo].[Tags]
GO
CREATE TABLE dbo.Items (ID int NOT NULL PRIMARY KEY, Name nvarchar(20) NULL);
GO
SET NOCOUNT ON;
PRINT 'done';
GO
-- @exit 0
-- @pg: SELECT table_name FROM information_schema.tables WHERE table_schema = 'dbo' ORDER BY 1
-- @expect: items
-- @out-not-match: ^[[:space:]]*(USE|SET ANSI|SET QUOTED|SET NOCOUNT|PRINT|GO|:setvar|:on)\b
-- @no-report: P001
