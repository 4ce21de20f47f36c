package dev.ormkit.reliability.bank;

import java.util.Optional;
import dev.ormkit.spring.data.OrmRepository;

/** Transfers by id and by request id. */
public interface TransferRepository extends OrmRepository<Transfer, Long> {
    /** The transfer a request made, if it was made. */
    Optional<Transfer> findByRequestId(String requestId);
}
