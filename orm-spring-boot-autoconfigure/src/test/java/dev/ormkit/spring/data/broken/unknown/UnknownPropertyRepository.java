package dev.ormkit.spring.data.broken.unknown;

import java.util.List;
import dev.ormkit.spring.data.OrmRepository;
import dev.ormkit.spring.data.it.Writer;

public interface UnknownPropertyRepository extends OrmRepository<Writer, Long> {

    List<Writer> findByNickname(String nickname);
}
