-- SQL Server sequence defaults come from the sequence's type: the bounds are the type's range (tinyint 0..255,
-- decimal(p,0) -(10^p-1)..10^p-1, p 18 by default) and the start is the lowest value (ascending) or the highest
-- (descending). PostgreSQL's defaults are 1 .. max ascending and min .. -1 descending: the converter writes the
-- source's values out (K018) where they differ, so each sequence loads and yields what SQL Server yields.
CREATE SEQUENCE dbo.SeqDec AS decimal(10,0);
CREATE SEQUENCE dbo.SeqNum AS numeric INCREMENT BY 5;
CREATE SEQUENCE dbo.SeqTiny AS tinyint START WITH 254 CYCLE;
CREATE SEQUENCE dbo.SeqDown AS smallint INCREMENT BY -1;
CREATE SEQUENCE dbo.SeqPlain START WITH 10;
GO
-- @exit: 0
-- @report: K018
-- @pg: SELECT nextval('dbo.seqdec'), nextval('dbo.seqdec')
-- @expect: -9999999999|-9999999998
-- @pg: SELECT minimum_value, maximum_value FROM information_schema.sequences WHERE sequence_name = 'seqdec'
-- @expect: -9999999999|9999999999
-- @pg: SELECT nextval('dbo.seqnum'), nextval('dbo.seqnum')
-- @expect: -999999999999999999|-999999999999999994
-- @pg: SELECT nextval('dbo.seqtiny'), nextval('dbo.seqtiny'), nextval('dbo.seqtiny'), nextval('dbo.seqtiny')
-- @expect: 254|255|0|1
-- @pg: SELECT nextval('dbo.seqdown'), nextval('dbo.seqdown')
-- @expect: 32767|32766
-- @pg: SELECT nextval('dbo.seqplain'), minimum_value FROM information_schema.sequences WHERE sequence_name = 'seqplain'
-- @expect: 10|1
-- @my: SELECT nextval(seqdec), nextval(seqdec)
-- @expect: -9999999999|-9999999998
-- @my: SELECT nextval(seqtiny), nextval(seqtiny), nextval(seqtiny), nextval(seqtiny)
-- @expect: 254|255|0|1
-- @my: SELECT nextval(seqdown), nextval(seqdown)
-- @expect: 32767|32766
-- @my: SELECT nextval(seqplain)
-- @expect: 10
