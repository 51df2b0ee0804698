-- ISNULL in computed columns stays a generated column where the fallback's cast is immutable (a literal, a
-- number or string column); a string column cast to a timestamp is not immutable (DateStyle): plain column
-- (K007). CHECK constraints and index predicates take the cast as well.
CREATE TABLE dbo.RevCc (ID int NOT NULL PRIMARY KEY, V varchar(5) NULL, D datetime NULL, S varchar(20) NULL,
    I int NULL, N numeric(6, 2) NULL,
    K AS ISNULL(V, 'abcdefgh') PERSISTED, K2 AS ISNULL(D, '2020-01-01'), K3 AS ISNULL(I, 2.9), K5 AS ISNULL(N, I),
    K6 AS ISNULL(D, S),
    CONSTRAINT RevCcCk CHECK (ISNULL(V, 'zzzzzzz') <> 'zzzzzzz'));
GO
CREATE INDEX RevCcIx ON dbo.RevCc (ID) WHERE ISNULL(I, -1.5) < 0;
GO
-- @exit: 0 1
-- @for: postgres
-- @report-object: computed column dbo.revcc.K6
-- @pg: SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'dbo.revcc'::regclass AND attgenerated = 's'
-- @expect: k,k2,k3,k5
-- @pg-ok: INSERT INTO dbo.revcc (id, s) VALUES (1, 'x')
-- @pg-ok: INSERT INTO dbo.revcc (id, v, i, n, d) VALUES (2, 'ab', 4, 1.5, '2021-05-06')
-- @pg: SELECT id, k, k2, k3, k5 FROM dbo.revcc ORDER BY id
-- @expect: 1|abcde|2020-01-01 00:00:00|2|
-- @expect: 2|ab|2021-05-06 00:00:00|4|1.50
-- @pg: SELECT indexdef FROM pg_indexes WHERE indexname = 'revccix'
-- @expect-contains: trunc(
