package dev.ormkit.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold after a load, read with plain JDBC (not through ormkit): every acknowledged
 * transfer is stored once and nothing else is, each balance is its opening balance plus what
 * the acknowledged transfers moved, money was neither made nor lost, and each account's
 * version counts exactly the transfers that touched it (no lost update).
 */
public final class BankInvariants {
    private BankInvariants() {
    }

    /** Checks the accounts and the transfers whose request ids start with {@code prefix}. */
    public static void assertConsistent(JdbcTemplate jdbc, List<Long> accounts, long openingBalance,
            List<TransferLoad.Sent> acknowledged, String prefix) {
        List<String> stored = jdbc.queryForList(
                "SELECT request_id FROM rel_transfers WHERE request_id LIKE ?", String.class, prefix + "-%");
        Set<String> expected = new HashSet<>();
        acknowledged.forEach(t -> expected.add(t.requestId()));
        assertThat(expected).as("acknowledged request ids are unique").hasSize(acknowledged.size());
        assertThat(stored).as("stored transfers: each acknowledged one once, nothing else").hasSize(expected.size());
        assertThat(new HashSet<>(stored)).as("stored transfers are the acknowledged ones").isEqualTo(expected);

        Map<Long, Long> balance = new HashMap<>();
        Map<Long, Long> touches = new HashMap<>();
        for (TransferLoad.Sent t : acknowledged) {
            balance.merge(t.from(), -t.amount(), Long::sum);
            balance.merge(t.to(), t.amount(), Long::sum);
            touches.merge(t.from(), 1L, Long::sum);
            touches.merge(t.to(), 1L, Long::sum);
        }
        long total = 0;
        for (long id : accounts) {
            Map<String, Object> row = jdbc.queryForMap("SELECT balance, version FROM rel_accounts WHERE id = ?", id);
            long actual = ((Number) row.get("balance")).longValue();
            long version = ((Number) row.get("version")).longValue();
            assertThat(actual).as("balance of account %d", id).isEqualTo(openingBalance + balance.getOrDefault(id, 0L));
            assertThat(version).as("version of account %d (1 + transfers touching it)", id)
                    .isEqualTo(1 + touches.getOrDefault(id, 0L));
            total += actual;
        }
        assertThat(total).as("money in the accounts").isEqualTo(openingBalance * accounts.size());
    }
}
