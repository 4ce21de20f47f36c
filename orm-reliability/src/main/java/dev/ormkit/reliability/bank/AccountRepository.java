package dev.ormkit.reliability.bank;

import java.util.Optional;
import dev.ormkit.spring.data.OrmRepository;

/** Accounts by id and by owner. */
public interface AccountRepository extends OrmRepository<Account, Long> {
    /** The account of {@code owner}, if any. */
    Optional<Account> findByOwner(String owner);
}
