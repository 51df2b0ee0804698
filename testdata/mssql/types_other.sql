-- uuid, binary types, xml, sysname.
CREATE TABLE dbo.Blobs (
    ID uniqueidentifier NOT NULL,
    Hash binary(8) NULL,
    Small varbinary(16) NULL,
    Big varbinary(max) NULL,
    Pic image NULL,
    Doc xml NULL,
    Owner sysname NOT NULL
);
GO
-- @exit 0 1
-- @pg: SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute \
--      WHERE attrelid = 'dbo.blobs'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum
-- @expect: id|uuid
-- @expect: hash|bytea
-- @expect: small|bytea
-- @expect: big|bytea
-- @expect: pic|bytea
-- @expect: doc|xml
-- @expect: owner|character varying(128)
-- @pg-ok: INSERT INTO dbo.blobs (id, big, owner) VALUES ('6F9619FF-8B86-D011-B42D-00C04FC964FF', '\xdeadbeef', 'sa')
-- @pg: SELECT id, length(big) FROM dbo.blobs
-- @expect: 6f9619ff-8b86-d011-b42d-00c04fc964ff|4
