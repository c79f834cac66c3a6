// Whirlpool against the ISO/NESSIE reference vectors, and streaming == one-shot.
#include "core/Whirlpool.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QtTest>

using Coffre::Whirlpool;

class TestWhirlpool : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QStringLiteral(
                                      "19fa61d75522a4669b44e39c1d2e1726c530232130d407f89afee0964997f7a7"
                                      "3e83be698b288febcf88e3e03c4f0757ea8964e59b63d93708b138cc42a66eb3");
        QTest::newRow("abc") << QByteArray("abc")
                             << QStringLiteral(
                                    "4e2448a4c6f486bb16b6562c73b4020bf3043e3a731bce721ae1b303d97e6d4c"
                                    "7181eebdb6c57e277d0e34957114cbd6c797fc9d95d8b582d225292076d4eef5");
        QTest::newRow("a") << QByteArray("a")
                           << QStringLiteral(
                                  "8aca2602792aec6f11a67206531fb7d7f0dff59413145e6973c45001d0087b42"
                                  "d11bc645413aeff63a42391a39145a591a92200d560195e53b478584fdae231a");
    }

    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, hex);
        QCOMPARE(Whirlpool::hashHex(input), hex);
    }

    void streamingEqualsOneShot()
    {
        QByteArray data;
        for (int i = 0; i < 300000; ++i)
            data.append(char(i * 7 + (i >> 8)));
        Whirlpool w;
        for (qsizetype pos = 0; pos < data.size(); pos += 4093)
            w.addData(data.mid(pos, 4093));
        QCOMPARE(w.resultHex(), Whirlpool::hashHex(data));
        // result() does not end the stream.
        w.addData(QByteArray("x"));
        QCOMPARE(w.resultHex(), Whirlpool::hashHex(data + "x"));

        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(data);
        file.flush();
        QCOMPARE(Whirlpool::fileHashHex(file.fileName()), Whirlpool::hashHex(data));
        QVERIFY(Whirlpool::fileHashHex(QStringLiteral("/nonexistent/file")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWhirlpool)
#include "tst_whirlpool.moc"
