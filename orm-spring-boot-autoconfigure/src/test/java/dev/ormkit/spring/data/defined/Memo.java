package dev.ormkit.spring.data.defined;

import dev.ormkit.mapping.Column;
import dev.ormkit.mapping.Table;

@Table("repo_memos")
public class Memo {
    @Column(primaryKey = true) Long id;
    @Column(length = 100) String text;
}
