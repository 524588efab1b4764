-- an integrator's application schema, managed by its own Flyway (default history table), with table
-- names the register used before its tables had a prefix
CREATE TABLE entries (id INT NOT NULL, what VARCHAR(100) NOT NULL, CONSTRAINT entries_pkey PRIMARY KEY (id));
CREATE TABLE checkpoints (id INT NOT NULL, note VARCHAR(100) NOT NULL, CONSTRAINT checkpoints_pkey PRIMARY KEY (id));
CREATE TABLE series (id INT NOT NULL, CONSTRAINT series_pkey PRIMARY KEY (id));
CREATE INDEX entries_number ON entries (what);
INSERT INTO entries (id, what) VALUES (1, 'the integrator''s row');
INSERT INTO checkpoints (id, note) VALUES (7, 'the integrator''s checkpoint');
