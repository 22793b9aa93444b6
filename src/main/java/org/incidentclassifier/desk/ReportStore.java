package org.incidentclassifier.desk;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's reports and the history of its incidents in one SQLite file, so the desk survives a restart:
 * reports are never deleted, a withdrawn one is marked, so arrival numbers and history stay true. Each change
 * is written in one transaction with the report that caused it and synced to disk (synchronous=FULL) before the
 * request is acknowledged. Not thread-safe: the desk calls it under its own lock.
 */
final class ReportStore implements AutoCloseable {
    private final Connection db;

    private ReportStore(Connection db) throws SQLException {
        this.db = db;
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS reports (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                    + " text TEXT NOT NULL, date TEXT, source TEXT, url TEXT, incident TEXT,"
                    + " withdrawn INTEGER NOT NULL DEFAULT 0)");
            s.execute("CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " incident TEXT NOT NULL, body TEXT NOT NULL)");
        }
        db.setAutoCommit(false);
    }

    /** The store in {@code file}, created if missing; in memory (gone at stop) when {@code file} is null. */
    static ReportStore open(Path file) throws SQLException {
        String url = file == null ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + file.toAbsolutePath();
        return new ReportStore(DriverManager.getConnection(url));
    }

    /** Every report ever received, withdrawn ones too, in arrival order. */
    List<DeskReport> reports() throws SQLException {
        List<DeskReport> all = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, id, text, date, source, url, incident, withdrawn FROM reports"
                     + " ORDER BY seq")) {
            while (r.next()) {
                all.add(new DeskReport(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getInt(8) != 0));
            }
        }
        db.commit();
        return all;
    }

    /** The recorded changes of one incident (JSON documents), oldest first. */
    List<String> history(String incident) throws SQLException {
        List<String> changes = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT body FROM changes WHERE incident = ? ORDER BY seq")) {
            s.setString(1, incident);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    changes.add(r.getString(1));
                }
            }
        }
        db.commit();
        return changes;
    }

    /** Stores a new report and the changes it caused, in one transaction. */
    void add(DeskReport report, List<IncidentChange> changes, java.util.function.Function<Object, String> json)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO reports (seq, id, text, date, source, url,"
                + " incident, withdrawn) VALUES (?, ?, ?, ?, ?, ?, ?, 0)")) {
            s.setLong(1, report.seq());
            s.setString(2, report.id());
            s.setString(3, report.text());
            s.setString(4, report.date());
            s.setString(5, report.source());
            s.setString(6, report.url());
            s.setString(7, report.incident());
            s.executeUpdate();
            insert(changes, json);
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** Marks a report withdrawn and stores the changes that followed, in one transaction. */
    void withdraw(String id, List<IncidentChange> changes, java.util.function.Function<Object, String> json)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE reports SET withdrawn = 1 WHERE id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
            insert(changes, json);
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** Stores changes no report caused (a rule reload), in one transaction. */
    void record(List<IncidentChange> changes, java.util.function.Function<Object, String> json) throws SQLException {
        try {
            insert(changes, json);
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    private void insert(List<IncidentChange> changes, java.util.function.Function<Object, String> json)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO changes (incident, body) VALUES (?, ?)")) {
            for (IncidentChange change : changes) {
                s.setString(1, change.incident());
                s.setString(2, json.apply(change));
                s.executeUpdate();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
