package dev.ormkit.spring.reliability.model;

import java.util.List;
import java.util.Optional;
import dev.ormkit.spring.data.OrmRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface AccountRepository extends OrmRepository<Account, Long> {

    List<Account> findByUsername(String username);

    List<Account> findByUsernameContaining(String part);

    List<Account> findByUsernameStartingWith(String prefix);

    Page<Account> findByTeamId(Long teamId, Pageable pageable);

    Optional<Account> findFirstByUsernameOrderByIdDesc(String username);
}
