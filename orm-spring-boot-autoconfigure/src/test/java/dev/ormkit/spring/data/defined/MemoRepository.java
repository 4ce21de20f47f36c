package dev.ormkit.spring.data.defined;

import org.springframework.data.repository.RepositoryDefinition;

/** A repository by annotation alone, extending no Spring Data interface. */
@RepositoryDefinition(domainClass = Memo.class, idClass = Long.class)
public interface MemoRepository {
    long count();
}
