// The local Neo4j Community server Tejido starts when NEO4J_URI is unset.
// Run as a single-file program: java -cp 'lib/*' LocalNeo4j.java <dataDir> <boltPort>
// Bolt on 127.0.0.1 only, HTTP off, auth off (nothing but this machine can reach it), small page cache.
// It exits when its standard input closes, so it never outlives the Node process that started it
// (an orphan JVM would keep the store lock and block the next start).
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
    dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx().close(); // waits until available
    System.out.println("TEJIDO_NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    while (System.in.read() != -1) { /* parent alive */ }
    System.exit(0); // runs the shutdown hook
  }
}
