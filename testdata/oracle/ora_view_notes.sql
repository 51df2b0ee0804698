-- Silent changes that are reported: WITH READ ONLY dropped (PostgreSQL/MySQL views of one table are
-- updatable), quoted mixed-case identifiers folded to lower case.
CREATE TABLE "OrderLine" ("LineId" NUMBER(9) PRIMARY KEY, "QTY" NUMBER(5), qty_note VARCHAR2(20));

CREATE VIEW v_lines AS SELECT "LineId", "QTY" FROM "OrderLine" WITH READ ONLY;

CREATE VIEW v_plain AS SELECT qty_note FROM "OrderLine";

-- @report: E041
-- @report: N004
-- @report-object: "OrderLine", "LineId"
-- @report-eval: len([i for i in items if i["code"] == "N004"]) == 2
-- @report-eval: len([i for i in items if i["code"] == "E041"]) == 1
-- @pg: SELECT attname FROM pg_attribute WHERE attrelid = 'orderline'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: lineid
-- @expect: qty
-- @expect: qty_note
-- @pg-ok: INSERT INTO v_lines VALUES (1, 2)
-- @pg: SELECT lineid, qty FROM orderline
-- @expect: 1|2
-- @my-ok: INSERT INTO v_lines VALUES (1, 2)
-- @my: SELECT lineid, qty FROM orderline
-- @expect: 1|2
