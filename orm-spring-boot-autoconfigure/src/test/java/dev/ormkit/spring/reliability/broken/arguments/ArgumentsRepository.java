package dev.ormkit.spring.reliability.broken.arguments;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.reliability.model.Account;

public interface ArgumentsRepository extends OrmRepository<Account, Long> {

    List<Account> findByUsernameAndPasswordHash(String username);
}
