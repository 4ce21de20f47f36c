package dev.ormkit.demo.seed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Seeds an empty database, then says where to look. */
@Component
public class StartupBanner implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);
    private final SampleData sampleData;
    private final boolean seed;

    /** Seeds with {@code sampleData} unless {@code demo.seed=false}. */
    public StartupBanner(SampleData sampleData, @Value("${demo.seed:true}") boolean seed) {
        this.sampleData = sampleData;
        this.seed = seed;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (seed) {
            sampleData.seedIfEmpty();
        }
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        String base = "http://localhost:" + port;
        LOG.info("""

                ormkit demo is up:
                  Conduit API      {}/api/articles   {}/api/tags   (login: POST {}/api/users/login,
                                   alice@example.com / {})
                  guide's routes   {}/users   {}/user/alice
                  N+1 on purpose   {}/api/demo/articles-lazy  then  {}/actuator/orm
                  metrics          {}/actuator/metrics/orm.queries   {}/actuator/prometheus
                """, base, base, base, SampleData.PASSWORD, base, base, base, base, base, base);
    }
}
