package dev.ormkit.spring.reliability.broken.nested;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.reliability.model.Account;

public interface NestedRepository extends OrmRepository<Account, Long> {

    List<Account> findByTeamNickname(String nickname);
}
