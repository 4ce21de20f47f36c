package dev.ormkit.spring.reliability.broken.typo;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.reliability.model.Account;

public interface TypoRepository extends OrmRepository<Account, Long> {

    List<Account> findByUsernameAndd(String username);
}
