-- --keep-case keeps quoted names as written: nothing folded, nothing reported.
CREATE TABLE "OrderLine" ("LineId" NUMBER(9) PRIMARY KEY);
-- @args: --keep-case
-- @no-report: N004
-- @pg: SELECT count(*) FROM pg_class WHERE relname = 'OrderLine'
-- @expect: 1
