-- MariaDB: the tables of schema-postgresql.sql. Constraints go at table level: MariaDB takes no
-- named CHECK in a column definition and ignores a column's inline REFERENCES.
DROP TABLE IF EXISTS rel_job_claims, rel_jobs, rel_deposits, rel_transfers, rel_accounts;
CREATE TABLE rel_accounts (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner VARCHAR(40) NOT NULL UNIQUE,
    balance BIGINT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT ck_rel_accounts_balance CHECK (balance >= 0)
) ENGINE = InnoDB;
CREATE TABLE rel_transfers (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id VARCHAR(40) NOT NULL UNIQUE,
    from_account BIGINT NOT NULL,
    to_account BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    CONSTRAINT ck_rel_transfers_amount CHECK (amount > 0),
    FOREIGN KEY (from_account) REFERENCES rel_accounts (id),
    FOREIGN KEY (to_account) REFERENCES rel_accounts (id)
) ENGINE = InnoDB;
CREATE TABLE rel_deposits (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT NOT NULL,
    amount BIGINT NOT NULL,
    CONSTRAINT ck_rel_deposits_amount CHECK (amount > 0),
    FOREIGN KEY (account_id) REFERENCES rel_accounts (id)
) ENGINE = InnoDB;
CREATE TABLE rel_jobs (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    payload VARCHAR(40) NOT NULL,
    status VARCHAR(10) NOT NULL,
    worker VARCHAR(40)
) ENGINE = InnoDB;
CREATE TABLE rel_job_claims (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_id BIGINT NOT NULL UNIQUE,
    worker VARCHAR(40) NOT NULL,
    FOREIGN KEY (job_id) REFERENCES rel_jobs (id)
) ENGINE = InnoDB;
