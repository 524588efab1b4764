-- bansao register, schema 2: the last sequence of each series (agency, register type, year),
-- updated under the log lock: O(1) numbering. A cache of the log, never trusted by verify.

CREATE TABLE bansao_series (
    agency_code VARCHAR(40) NOT NULL,
    register_type VARCHAR(40) NOT NULL,
    cert_year INT NOT NULL,
    last_seq BIGINT NOT NULL,
    CONSTRAINT bansao_series_pkey PRIMARY KEY (agency_code, register_type, cert_year)
);

-- a register upgraded from schema 1 already has numbers: derive the counters from the log
INSERT INTO bansao_series (agency_code, register_type, cert_year, last_seq)
SELECT agency_code, register_type, cert_year, MAX(alloc_seq) FROM bansao_entries
WHERE alloc_seq IS NOT NULL
GROUP BY agency_code, register_type, cert_year;
