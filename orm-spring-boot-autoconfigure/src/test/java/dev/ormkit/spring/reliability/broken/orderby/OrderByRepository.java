package dev.ormkit.spring.reliability.broken.orderby;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.reliability.model.Account;

public interface OrderByRepository extends OrmRepository<Account, Long> {

    List<Account> findByUsernameOrderByPassword_hashDesc(String username);
}
