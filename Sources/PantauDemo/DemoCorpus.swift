// Sample content for `pantau demo`: a fictional news site in Bahasa Indonesia.
//
// Every outlet, person, quote and event below is invented for the demo. The
// institutions are real-sounding units of the correctional service in Banten;
// the home unit of the demo is Lapas Kelas IIA Serang ("Lapas Serang", "LP Serang").
//
// Story clusters (the same event covered by two outlets in different words):
//   - escape:    kabar-nusantara/dua-napi-lapas-serang-kabur-usai-gergaji-teralis-jendela
//                warta-banten/dua-napi-kabur-dari-lp-serang-kalapas-akui-celah-pengamanan
//   - drugs:     kabar-nusantara/bnn-bongkar-jaringan-sabu-dikendalikan-dari-dalam-lapas
//                warta-banten/dari-balik-jeruji-napi-lapas-rangkasbitung-atur-peredaran-sabu
//   - award:     humas-lapas-serang/lapas-serang-raih-predikat-zona-integritas-wbk
//                warta-banten/lapas-serang-sabet-penghargaan-wbk-dari-kemenpan-rb
//   - training:  humas-lapas-serang/60-warga-binaan-lapas-serang-terima-sertifikat-pelatihan-kerja
//                warta-banten/dari-bengkel-las-hingga-meracik-kopi-warga-binaan-lapas-serang
//   - smuggling: humas-lapas-serang/petugas-lapas-serang-gagalkan-penyelundupan-sabu
//                warta-banten/sabu-diselipkan-di-wadah-sambal-petugas-lapas-serang-gagalkan-penyelundupan
//
// Search hygiene: the word "kabur" appears only in the escape cluster and the
// word "kerusuhan" only in the riot article; the riot article uses no other
// word for the riot, so searches for its synonyms match nothing in this corpus.

/// One outlet of the demo news site.
struct DemoOutlet: Sendable {
    /// Path prefix and id, e.g. "warta-banten".
    let id: String
    let name: String
    /// "rss" or "atom": the feed format this outlet publishes.
    let feedFormat: String
    /// "nasional", "regional" or "resmi".
    let category: String
    /// Reach tier 1 (largest) ... 3.
    let tier: Int
}

/// One article of the demo news site.
struct DemoArticle: Sendable {
    let outletID: String
    /// URL slug, lower-case ASCII with hyphens.
    let slug: String
    let title: String
    /// Hours before the demo run at which the article was published (0.5 ... 20).
    let hoursAgo: Double
    let author: String
    /// Short teaser used as the feed summary.
    let summary: String
    /// Body paragraphs, in order. 4–8 paragraphs of 2–4 sentences each.
    let paragraphs: [String]
}

enum DemoCorpus {
    static let outlets: [DemoOutlet] = [
        DemoOutlet(
            id: "kabar-nusantara",
            name: "Kabar Nusantara",
            feedFormat: "rss",
            category: "nasional",
            tier: 1
        ),
        DemoOutlet(
            id: "warta-banten",
            name: "Warta Banten",
            feedFormat: "atom",
            category: "regional",
            tier: 2
        ),
        DemoOutlet(
            id: "humas-lapas-serang",
            name: "Humas Lapas Serang",
            feedFormat: "rss",
            category: "resmi",
            tier: 3
        ),
    ]

    static let articles: [DemoArticle] = [
        // MARK: - Escape cluster (negative)

        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "dua-napi-lapas-serang-kabur-usai-gergaji-teralis-jendela",
            title: "Dua Napi Lapas Serang Kabur Usai Gergaji Teralis Jendela dan Panjat Tembok",
            hoursAgo: 4.0,
            author: "Andika Pratama",
            summary: "Dua narapidana Lapas Kelas IIA Serang kabur pada dini hari dengan menggergaji teralis jendela sel dan memanjat tembok setinggi enam meter. Polisi masih memburu keduanya.",
            paragraphs: [
                "SERANG, Kabar Nusantara — Dua narapidana Lembaga Pemasyarakatan (Lapas) Kelas IIA Serang, Banten, kabur dari kamar hunian pada dini hari tadi. Keduanya diduga menggergaji teralis jendela sel, lalu memanjat tembok pembatas setinggi sekitar enam meter menggunakan tali dari sarung yang disambung.",
                "Kedua napi yang melarikan diri masing-masing berinisial AS (29), terpidana kasus pencurian dengan kekerasan, dan RH (34), terpidana kasus narkotika. Pelarian mereka baru diketahui petugas saat penghitungan jumlah penghuni dalam apel pagi sekitar pukul 06.00 WIB.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, membenarkan peristiwa tersebut. “Benar, ada dua warga binaan kami yang melarikan diri. Dari pemeriksaan awal, mereka menggergaji dua batang teralis jendela di Blok C, kemudian keluar lewat sisi belakang dan memanjat tembok,” kata Teguh saat dikonfirmasi, pagi ini.",
                "Teguh mengakui ada celah dalam pengamanan malam itu. Menurut dia, petugas jaga sempat melakukan kontrol keliling pada pukul 01.00 WIB dan tidak menemukan kejanggalan. “Kami akan mengevaluasi seluruh petugas regu jaga. Jika ditemukan kelalaian, tentu ada sanksi,” ujarnya.",
                "Hingga berita ini diturunkan, tim gabungan Lapas Serang dan Polresta Serang Kota masih melakukan pengejaran. Kasatreskrim Polresta Serang Kota AKP Fajar Nugroho mengatakan pihaknya telah menyebarkan foto kedua buronan ke seluruh polsek serta memantau terminal dan pelabuhan. “Kami imbau masyarakat yang mengetahui keberadaan keduanya segera melapor ke kantor polisi terdekat,” kata Fajar.",
                "Peristiwa ini kembali memunculkan pertanyaan soal pengawasan di dalam lapas. Pengamat pemasyarakatan dari Universitas Sultan Ageng Tirtayasa, Dr. Lukman Hakim, menilai gergaji atau alat pemotong besi semestinya tidak bisa masuk ke blok hunian tanpa sepengetahuan petugas. “Kalau alat seperti itu bisa masuk, berarti ada yang tidak berjalan dalam pemeriksaan barang maupun penggeledahan rutin,” ujarnya.",
                "Kanwil Kemenkumham Banten menyatakan telah menurunkan tim untuk memeriksa kronologi kejadian. Lapas Kelas IIA Serang saat ini dihuni sekitar 1.150 warga binaan, hampir dua kali lipat dari kapasitasnya yang hanya 600 orang.",
            ]
        ),
        DemoArticle(
            outletID: "warta-banten",
            slug: "dua-napi-kabur-dari-lp-serang-kalapas-akui-celah-pengamanan",
            title: "Dua Napi Kabur dari LP Serang, Kalapas Akui Ada Celah Pengamanan",
            hoursAgo: 2.75,
            author: "Fikri Maulana",
            summary: "Petugas Lapas Kelas IIA Serang kecolongan. Dua narapidana berinisial AS dan RH melarikan diri setelah memotong teralis jendela dan memanjat tembok pada malam hari.",
            paragraphs: [
                "Petugas Lembaga Pemasyarakatan Kelas IIA Serang kecolongan. Dua narapidana berhasil melarikan diri dari blok hunian pada malam hari dengan cara memotong teralis jendela menggunakan gergaji besi, lalu memanjat tembok belakang lapas.",
                "Informasi yang dihimpun Warta Banten, kedua napi itu adalah AS (29) asal Kecamatan Walantaka dan RH (34) asal Kabupaten Pandeglang. AS menjalani hukuman tujuh tahun penjara atas kasus pencurian dengan kekerasan, sedangkan RH divonis enam tahun dalam perkara narkotika.",
                "Seorang petugas yang enggan disebut namanya mengatakan, kedua napi diduga telah menyiapkan aksinya selama berhari-hari. Bekas gergajian pada dua batang besi teralis ditutup dengan sabun dan cat agar tidak terlihat saat pemeriksaan. “Tali dari sarung dan kain seprai masih tersangkut di atas tembok waktu kami temukan,” ujarnya.",
                "Kalapas Kelas IIA Serang, Teguh Prasetyo Wibowo, tidak menampik adanya kelemahan pengawasan. Ia menyebut kontrol keliling terakhir dilakukan sekitar pukul 01.00 WIB, sedangkan kedua napi diperkirakan keluar antara pukul 02.00 dan 03.00 WIB. “Kami tidak mencari pembenaran. Ini menjadi evaluasi besar bagi kami, dan regu jaga malam itu sedang diperiksa,” kata Teguh.",
                "Menurut Teguh, pihaknya telah membentuk tim pengejaran bersama Polresta Serang Kota dan berkoordinasi dengan keluarga kedua napi. Ia juga memastikan seluruh teralis di blok hunian lain akan diperiksa ulang hari ini.",
                "Warga di sekitar tembok belakang lapas mengaku tidak mendengar suara mencurigakan malam itu. “Tahunya pagi-pagi sudah ramai polisi dan petugas lapas menyisir kebun di belakang tembok,” kata Saepudin (52), warga setempat.",
                "Kepala Divisi Pemasyarakatan Kanwil Kemenkumham Banten, Maryanto Purba, menyatakan akan menjatuhkan sanksi tegas bila terbukti ada petugas yang lalai atau terlibat. Ia juga meminta kedua napi segera menyerahkan diri. “Menyerahkan diri jauh lebih baik daripada terus menjadi buronan,” ujarnya.",
            ]
        ),

        // MARK: - Riot (negative)

        DemoArticle(
            outletID: "warta-banten",
            slug: "kerusuhan-pecah-di-rutan-pandeglang-kasur-dibakar",
            title: "Kerusuhan Pecah di Rutan Pandeglang, Kasur Dibakar dan Pintu Blok Rusak",
            hoursAgo: 7.5,
            author: "Ujang Sobari",
            summary: "Kerusuhan terjadi di Rutan Kelas IIB Pandeglang pada malam hari. Tahanan membakar kasur dan merusak pintu blok, sementara ratusan personel polisi dikerahkan untuk membantu pengamanan.",
            paragraphs: [
                "PANDEGLANG, Warta Banten — Kerusuhan terjadi di Rumah Tahanan (Rutan) Kelas IIB Pandeglang, Banten, tadi malam. Puluhan tahanan membakar kasur di lorong blok hunian dan merusak sejumlah pintu sel hingga asap hitam terlihat dari luar tembok rutan.",
                "Kerusuhan bermula sekitar pukul 21.30 WIB, tak lama setelah petugas menggelar penggeledahan di Blok B. Sejumlah tahanan disebut tidak terima barang pribadinya disita, lalu berteriak dan memukul-mukul pintu sel. Dalam hitungan menit, aksi itu meluas ke blok lain.",
                "Kepala Rutan Kelas IIB Pandeglang, Arif Setiadi, mengatakan sedikitnya 14 kasur dibakar dan empat pintu besi blok hunian rusak berat. “Ada dua petugas kami yang mengalami luka ringan akibat lemparan benda keras. Tidak ada korban jiwa, baik dari petugas maupun tahanan,” kata Arif.",
                "Untuk mengendalikan situasi, Polres Pandeglang mengerahkan sekitar 150 personel gabungan dari Sabhara dan Brimob, dibantu prajurit Kodim 0601/Pandeglang. Petugas pemadam kebakaran juga didatangkan untuk memadamkan api di dalam blok. Kondisi baru dinyatakan terkendali menjelang pukul 01.00 WIB.",
                "Kapolres Pandeglang AKBP Rizal Hidayat menyebut pihaknya masih mendalami penyebab kerusuhan dan mencari tahu siapa penggeraknya. “Kami sudah mengamankan tujuh orang yang diduga sebagai provokator. Mereka akan kami periksa,” ujarnya.",
                "Rutan Kelas IIB Pandeglang saat ini dihuni sekitar 480 tahanan dan narapidana, padahal kapasitasnya hanya 200 orang. Kondisi hunian yang padat disebut menjadi salah satu faktor yang membuat suasana di dalam rutan mudah memanas.",
                "Kanwil Kemenkumham Banten telah mengirim tim untuk meninjau kerusakan dan memeriksa prosedur penggeledahan. Sementara itu, layanan kunjungan keluarga di Rutan Pandeglang dihentikan sementara hingga perbaikan selesai dan situasi benar-benar kondusif.",
            ]
        ),

        // MARK: - Illegal levies (negative)

        DemoArticle(
            outletID: "warta-banten",
            slug: "keluarga-tahanan-keluhkan-pungli-uang-kamar-di-rutan-tangerang",
            title: "Keluarga Tahanan Keluhkan Pungli 'Uang Kamar' di Rutan Tangerang, Oknum Petugas Diperiksa",
            hoursAgo: 12.25,
            author: "Nita Rahmawati",
            summary: "Sejumlah keluarga tahanan Rutan Kelas I Tangerang mengaku dimintai uang jutaan rupiah agar kerabatnya mendapat kamar yang layak. Seorang oknum petugas kini diperiksa.",
            paragraphs: [
                "TANGERANG, Warta Banten — Dugaan pungutan liar (pungli) mencuat di Rumah Tahanan Kelas I Tangerang. Sejumlah keluarga tahanan mengaku dimintai “uang kamar” agar kerabat mereka bisa pindah dari sel yang penuh sesak ke kamar yang lebih layak.",
                "Siti Aminah (45), warga Kecamatan Cipondoh, mengatakan ia diminta menyetor Rp 3 juta tak lama setelah anaknya ditahan. “Katanya kalau tidak bayar, anak saya tidur di dekat kamar mandi dan tidak kebagian tempat. Saya terpaksa pinjam ke tetangga,” ujarnya sambil menunjukkan bukti transfer ke rekening atas nama pribadi.",
                "Keluhan serupa disampaikan dua keluarga tahanan lain yang ditemui di area layanan kunjungan. Mereka menyebut besaran uang kamar bervariasi, mulai Rp 500 ribu hingga Rp 5 juta, ditambah setoran mingguan yang disebut sebagai “uang kebersihan”.",
                "Kepala Rutan Kelas I Tangerang, Haryo Susanto, menyatakan pihaknya telah menerima laporan tersebut dan menonaktifkan sementara seorang oknum petugas yang diduga terlibat. “Semua layanan di rutan tidak dipungut biaya. Oknum petugas berinisial DK sudah kami bebastugaskan dan sedang diperiksa oleh tim kepatuhan internal,” kata Haryo.",
                "Kanwil Kemenkumham Banten juga menurunkan tim pemeriksa ke rutan tersebut. Kepala Divisi Pemasyarakatan Maryanto Purba mengatakan pemeriksaan tidak hanya menyasar satu orang, tetapi juga kemungkinan adanya jaringan yang melibatkan tahanan pendamping atau tamping. “Kalau terbukti, sanksinya bisa sampai pemberhentian,” ujarnya.",
                "Ombudsman RI Perwakilan Banten meminta keluarga tahanan tidak takut melapor. Menurut lembaga itu, praktik uang kamar kerap sulit dibuktikan karena korban khawatir kerabatnya mendapat perlakuan buruk di dalam rutan.",
            ]
        ),

        // MARK: - Drug network cluster (negative)

        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "bnn-bongkar-jaringan-sabu-dikendalikan-dari-dalam-lapas",
            title: "BNN Bongkar Jaringan Sabu 5 Kg yang Dikendalikan dari Dalam Lapas",
            hoursAgo: 9.0,
            author: "Dewi Lestari Putri",
            summary: "BNN Provinsi Banten membongkar peredaran sabu seberat 5,2 kilogram yang dikendalikan seorang narapidana dari dalam Lapas Kelas III Rangkasbitung menggunakan telepon seluler selundupan.",
            paragraphs: [
                "SERANG, Kabar Nusantara — Badan Narkotika Nasional (BNN) kembali mengungkap jaringan narkoba yang dikendalikan dari dalam lapas. Kali ini, BNN Provinsi Banten menyita sabu seberat 5,2 kilogram yang peredarannya diatur oleh seorang narapidana Lapas Kelas III Rangkasbitung, Kabupaten Lebak.",
                "Kepala BNN Provinsi Banten, Brigjen Pol Andi Permana, mengatakan pengungkapan berawal dari penangkapan dua kurir di sebuah SPBU di Kecamatan Cikande, Kabupaten Serang. Dari tangan keduanya, petugas menemukan lima bungkus teh kemasan berisi sabu yang disembunyikan di dalam ban serep mobil.",
                "“Dari pemeriksaan ponsel kurir, kami menemukan komunikasi intensif dengan seorang napi berinisial JW (41). Dia yang mengatur kapan barang diambil, ke mana dikirim, dan berapa upah kurir,” kata Andi dalam konferensi pers, pagi tadi.",
                "JW merupakan narapidana kasus narkotika yang tengah menjalani hukuman 15 tahun penjara. Ia diduga mengendalikan jaringan itu menggunakan telepon seluler yang diselundupkan ke dalam sel, dan menerima transfer keuntungan melalui rekening milik kerabatnya.",
                "BNN juga menelusuri aliran dana jaringan tersebut dan membuka kemungkinan menjerat para pelaku dengan pasal tindak pidana pencucian uang (TPPU). Total ada lima orang yang ditetapkan sebagai tersangka, termasuk JW dan seorang perempuan pemilik rekening penampung.",
                "Kepala Lapas Kelas III Rangkasbitung, Sugeng Riyadi, menyatakan pihaknya mendukung penuh pengungkapan tersebut. “Kami sudah menggeledah kamar yang bersangkutan dan menyita satu unit ponsel. JW kini ditempatkan di sel pengasingan dan akan kami usulkan untuk dipindahkan ke lapas dengan pengamanan maksimum,” ujarnya.",
                "Kasus ini kembali menunjukkan lemahnya pengawasan peredaran ponsel di dalam lapas. Sebelumnya, BNN mencatat sejumlah jaringan narkoba di berbagai daerah juga dikendalikan oleh narapidana dari balik jeruji.",
            ]
        ),
        DemoArticle(
            outletID: "warta-banten",
            slug: "dari-balik-jeruji-napi-lapas-rangkasbitung-atur-peredaran-sabu",
            title: "Dari Balik Jeruji, Napi Lapas Rangkasbitung Atur Peredaran Sabu 5 Kilogram",
            hoursAgo: 8.25,
            author: "Fikri Maulana",
            summary: "Seorang narapidana Lapas Rangkasbitung diduga menjadi otak peredaran sabu 5,2 kilogram yang diungkap BNNP Banten. Ia mengendalikan kurir lewat ponsel selundupan.",
            paragraphs: [
                "SERANG, Warta Banten — Badan Narkotika Nasional Provinsi (BNNP) Banten mengungkap peredaran sabu seberat 5,2 kilogram yang ternyata dikendalikan dari dalam Lapas Kelas III Rangkasbitung. Otak jaringan itu adalah JW (41), narapidana yang masih menjalani vonis 15 tahun penjara dalam perkara serupa.",
                "Pengungkapan bermula saat petugas membuntuti sebuah minibus yang melaju dari arah Tol Tangerang–Merak. Mobil itu dihentikan di area SPBU Cikande, dan petugas menemukan sabu yang dikemas dalam bungkus teh Cina di dalam ban serep.",
                "Dua kurir yang ditangkap, masing-masing IS (30) dan MY (26), mengaku hanya menerima perintah lewat telepon. Setiap kali mengantar barang, mereka dijanjikan upah Rp 10 juta.",
                "“Semua perintah datang dari JW. Dia memakai ponsel yang disembunyikan di dalam kamar hunian,” ujar Kepala BNNP Banten Brigjen Pol Andi Permana kepada wartawan di kantornya. Andi menyebut jaringan ini diduga sudah beroperasi sedikitnya enam bulan dengan wilayah edar Serang, Cilegon, dan Lebak.",
                "Pihak Lapas Rangkasbitung mengaku telah menyita ponsel yang digunakan JW dalam penggeledahan bersama petugas BNNP. Kalapas Sugeng Riyadi berjanji akan menelusuri bagaimana ponsel itu bisa lolos masuk ke blok hunian, termasuk kemungkinan keterlibatan petugas.",
                "Para tersangka dijerat Pasal 114 ayat (2) juncto Pasal 132 ayat (2) Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman maksimal pidana mati. BNNP Banten juga tengah menelusuri aset milik jaringan tersebut.",
            ]
        ),

        // MARK: - Illegal phone (negative)

        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "viral-napi-siaran-langsung-dari-sel-lapas-cilegon-sita-hp-ilegal",
            title: "Viral Napi Siaran Langsung dari Dalam Sel, Lapas Cilegon Sita HP Ilegal",
            hoursAgo: 15.5,
            author: "Rizky Ramadhan",
            summary: "Video seorang narapidana melakukan siaran langsung di media sosial dari dalam sel Lapas Cilegon viral. Petugas menyita ponsel ilegal dan memeriksa kemungkinan keterlibatan oknum.",
            paragraphs: [
                "CILEGON, Kabar Nusantara — Sebuah video yang memperlihatkan seorang narapidana melakukan siaran langsung di media sosial dari dalam sel viral di dunia maya. Dalam video berdurasi sekitar dua menit itu, pria bertelanjang dada tersebut tampak santai menyapa penonton sambil memperlihatkan kondisi kamar hunian.",
                "Belakangan diketahui, video tersebut direkam di Lapas Kelas IIA Cilegon. Napi berinisial DS (31) itu merupakan terpidana kasus penipuan daring yang divonis empat tahun penjara.",
                "Kepala Lapas Kelas IIA Cilegon, Wahyu Hidayat, mengakui ponsel yang digunakan DS masuk secara ilegal. “Begitu video itu beredar, kami langsung menggeledah kamar yang bersangkutan dan menyita satu unit HP beserta pengisi dayanya. Ini jelas pelanggaran berat,” kata Wahyu.",
                "Wahyu menambahkan, DS kini ditempatkan di sel pengasingan dan hak-haknya, seperti remisi dan pembebasan bersyarat, terancam dicabut. Pihaknya juga memeriksa tiga petugas yang bertugas di blok tersebut untuk memastikan tidak ada yang terlibat menyelundupkan ponsel.",
                "Warganet ramai mempertanyakan bagaimana seorang napi bisa leluasa menggunakan ponsel, apalagi untuk siaran langsung. Sebagian bahkan menduga DS masih menjalankan aksi penipuannya dari dalam lapas.",
                "Direktorat Jenderal Pemasyarakatan sebelumnya telah menegaskan bahwa penggunaan HP ilegal di lapas dan rutan merupakan pintu masuk berbagai kejahatan, mulai dari penipuan hingga peredaran narkoba. Ditjenpas meminta setiap unit rutin menggelar razia dan memasang alat pengacak sinyal di blok hunian.",
            ]
        ),

        // MARK: - Overcrowding (negative)

        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "lapas-tangerang-over-kapasitas-dihuni-tiga-kali-lipat",
            title: "Lapas Tangerang Over Kapasitas, Dihuni Tiga Kali Lipat dari Daya Tampung",
            hoursAgo: 18.75,
            author: "Dewi Lestari Putri",
            summary: "Lapas Kelas I Tangerang kini dihuni hampir 2.400 narapidana, tiga kali lipat dari daya tampungnya. Satu kamar yang idealnya untuk tujuh orang diisi hingga 25 orang.",
            paragraphs: [
                "TANGERANG, Kabar Nusantara — Persoalan kelebihan penghuni kembali menjadi sorotan. Lapas Kelas I Tangerang tercatat dihuni 2.391 narapidana, padahal daya tampungnya hanya 790 orang, atau melebihi daya tampung hingga tiga kali lipat.",
                "Pantauan Kabar Nusantara di salah satu blok hunian, sebuah kamar berukuran sekitar 4 x 6 meter yang idealnya untuk tujuh orang diisi hingga 25 narapidana. Sebagian penghuni terpaksa tidur bergantian atau berbaring miring di lantai beralas tikar.",
                "Kepala Lapas Kelas I Tangerang, Yohanes Simanjuntak, mengakui kondisi over kapasitas membuat pembinaan dan pengawasan tidak berjalan optimal. “Rasio petugas dan penghuni di sini sekitar satu banding 80 pada setiap regu jaga. Idealnya jauh lebih kecil dari itu,” kata Yohanes.",
                "Menurut Yohanes, sebagian besar penghuni merupakan narapidana kasus narkotika, terutama pengguna. Ia berharap penerapan rehabilitasi bagi pengguna narkoba dan pidana alternatif dalam KUHP baru dapat mengurangi arus masuk ke lapas.",
                "Kondisi serupa terjadi di sejumlah lapas dan rutan lain di Banten. Data Kanwil Kemenkumham Banten mencatat, seluruh unit pemasyarakatan di provinsi ini menampung lebih dari 11.000 penghuni, sedangkan kapasitas totalnya hanya sekitar 5.000 orang.",
                "Kriminolog Universitas Indonesia, Dr. Ratih Kusumawardani, mengingatkan bahwa hunian yang terlalu padat berisiko memicu gangguan keamanan dan ketertiban, mulai dari perkelahian, pungutan liar, hingga peredaran narkoba di dalam lapas. “Selama hulunya tidak dibenahi, membangun lapas baru hanya akan menjadi solusi sementara,” ujarnya.",
            ]
        ),

        // MARK: - Death in custody (negative)

        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "tahanan-rutan-serang-meninggal-keluarga-pertanyakan-luka-lebam",
            title: "Tahanan Rutan Serang Meninggal Dunia, Keluarga Pertanyakan Luka Lebam di Tubuh",
            hoursAgo: 13.5,
            author: "Andika Pratama",
            summary: "Seorang tahanan Rutan Kelas IIB Serang meninggal dunia setelah dilarikan ke rumah sakit. Keluarga menemukan luka lebam di tubuh korban dan meminta kasus ini diusut tuntas.",
            paragraphs: [
                "SERANG, Kabar Nusantara — Seorang tahanan Rumah Tahanan (Rutan) Kelas IIB Serang berinisial MR (27) meninggal dunia di RSUD dr. Drajat Prawiranegara, Serang. Keluarga korban menduga ada kejanggalan karena menemukan luka lebam di bagian dada dan punggung jenazah.",
                "Nurhayati (50), ibu korban, mengaku terakhir kali bertemu anaknya sepekan lalu dalam keadaan sehat. “Anak saya tidak punya riwayat sakit. Tiba-tiba saya ditelepon, katanya sudah meninggal di rumah sakit. Waktu dimandikan, badannya banyak lebam,” ujarnya sambil menangis.",
                "Kepala Rutan Kelas IIB Serang, Irwan Gunawan, menyampaikan belasungkawa dan menyatakan MR sempat mengeluh sesak napas sebelum dibawa ke klinik rutan. “Karena kondisinya menurun, petugas langsung merujuknya ke rumah sakit. Kami terbuka dan siap bekerja sama dengan kepolisian untuk mengungkap penyebab kematiannya,” kata Irwan.",
                "Polresta Serang Kota telah membawa jenazah MR untuk diautopsi atas persetujuan keluarga. Penyidik juga memeriksa sejumlah tahanan yang satu kamar dengan korban serta petugas yang berjaga saat kejadian.",
                "Kuasa hukum keluarga, Iqbal Maulana, mendesak Kanwil Kemenkumham Banten membuka rekaman CCTV di blok hunian korban. “Kami ingin memastikan apakah ada kekerasan, baik oleh sesama tahanan maupun oleh oknum petugas. Kematian dalam tahanan tidak boleh dianggap biasa,” ujarnya.",
                "Komnas HAM menyatakan akan memantau penanganan kasus ini. Lembaga tersebut mencatat, kematian di dalam tahanan masih kerap terjadi dan sebagian di antaranya tidak pernah dijelaskan secara terbuka kepada keluarga.",
            ]
        ),

        // MARK: - Release programme gone wrong (negative)

        DemoArticle(
            outletID: "warta-banten",
            slug: "napi-asimilasi-berulah-baru-dua-pekan-bebas-kembali-curi-motor",
            title: "Napi Asimilasi Berulah, Baru Dua Pekan Bebas Kembali Curi Motor",
            hoursAgo: 1.25,
            author: "Ujang Sobari",
            summary: "Seorang narapidana yang menjalani program asimilasi dari Lapas Serang kembali ditangkap polisi karena mencuri sepeda motor di Kasemen. Hak asimilasinya langsung dicabut.",
            paragraphs: [
                "SERANG, Warta Banten — Program asimilasi kembali tercoreng. Seorang narapidana berinisial AF (24) yang baru dua pekan menjalani asimilasi di luar Lapas Kelas IIA Serang ditangkap polisi karena mencuri sepeda motor milik warga di Kecamatan Kasemen, Kota Serang.",
                "Kapolsek Kasemen AKP Dadang Suherman mengatakan AF tertangkap tangan saat mendorong sepeda motor curian di sebuah gang permukiman. Warga yang curiga langsung mengejar dan menangkap pelaku sebelum menyerahkannya ke polisi.",
                "“Dari hasil pemeriksaan, pelaku ternyata berstatus warga binaan yang sedang menjalani asimilasi. Kasus sebelumnya juga pencurian kendaraan bermotor,” kata Dadang. Polisi masih mendalami dugaan keterlibatan AF dalam dua laporan curanmor lain di wilayah yang sama.",
                "Pihak Lapas Kelas IIA Serang membenarkan AF merupakan warga binaan yang memperoleh program asimilasi setelah memenuhi syarat administratif dan substantif. Hak asimilasi AF langsung dicabut, dan ia akan menjalani sisa masa pidananya ditambah hukuman atas perkara barunya.",
                "Kasus ini memicu kritik warga terhadap pengawasan narapidana yang menjalani program di luar lapas. “Kalau dilepas tanpa diawasi ketat, yang jadi korban ya masyarakat lagi,” ujar Rohman (39), pemilik motor yang nyaris raib digondol pelaku.",
                "Balai Pemasyarakatan (Bapas) Kelas I Serang, yang bertugas membimbing dan mengawasi klien asimilasi, menyatakan akan mengevaluasi pola pengawasan, termasuk frekuensi wajib lapor. Bapas juga meminta keluarga ikut aktif mengawasi anggota keluarganya yang sedang menjalani program asimilasi.",
            ]
        ),

        // MARK: - Vocational training cluster (positive, counter-narrative to the escape)

        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "60-warga-binaan-lapas-serang-terima-sertifikat-pelatihan-kerja",
            title: "60 Warga Binaan Lapas Serang Terima Sertifikat Pelatihan Las, Menjahit, dan Barista",
            hoursAgo: 6.0,
            author: "Tim Humas Lapas Serang",
            summary: "Sebanyak 60 warga binaan Lapas Kelas IIA Serang menerima sertifikat kompetensi setelah menuntaskan pelatihan kerja las, menjahit, dan barista sebagai bagian dari program pembinaan kemandirian.",
            paragraphs: [
                "Lapas Kelas IIA Serang menyerahkan sertifikat pelatihan kerja kepada 60 warga binaan yang telah menuntaskan program pembinaan kemandirian. Pelatihan yang berlangsung selama satu bulan itu meliputi tiga bidang, yakni pengelasan (las), menjahit, dan barista, masing-masing diikuti 20 peserta.",
                "Pelatihan diselenggarakan bekerja sama dengan Balai Latihan Kerja (BLK) Kota Serang dan sejumlah pelaku usaha lokal. Setelah mengikuti uji kompetensi, seluruh peserta dinyatakan lulus dan menerima sertifikat yang dapat digunakan untuk melamar kerja atau membuka usaha setelah bebas.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, mengatakan pelatihan kerja merupakan bagian penting dari pembinaan agar warga binaan memiliki bekal keterampilan saat kembali ke masyarakat. “Pembinaan dan keamanan adalah dua hal yang berjalan beriringan. Warga binaan yang sibuk berkarya dan punya harapan untuk masa depan juga membuat suasana lapas lebih tertib dan aman,” ujarnya.",
                "Di bengkel kerja, peserta kelas las belajar membuat teralis jendela, pagar, rak besi, hingga kerangka gerobak dagang. Beberapa produk bahkan sudah dipesan oleh warga sekitar. Seluruh peralatan kerja, termasuk mesin las dan gergaji besi, disimpan di gudang khusus, diawasi petugas pengamanan, dan dihitung ulang sebelum serta sesudah kegiatan.",
                "Sementara itu, peserta kelas menjahit menghasilkan seragam, mukena, dan tas kain, sedangkan peserta kelas barista belajar meracik kopi dari biji kopi lokal Banten. Kopi racikan warga binaan kini disajikan di kafe kecil di area layanan kunjungan lapas.",
                "Salah satu peserta, Yanto (38), mengaku bersyukur bisa mengikuti pelatihan. “Dulu saya tidak punya keahlian apa-apa. Sekarang saya bisa mengelas, dan setelah bebas nanti saya ingin buka bengkel las sendiri di kampung,” katanya.",
                "Kepala Seksi Kegiatan Kerja Lapas Serang, Lilis Suryani, menambahkan bahwa program serupa akan digelar kembali dengan kuota lebih besar. Pihaknya juga tengah menjajaki kerja sama penyaluran tenaga kerja dengan sejumlah perusahaan di kawasan industri Serang dan Cilegon.",
            ]
        ),
        DemoArticle(
            outletID: "warta-banten",
            slug: "dari-bengkel-las-hingga-meracik-kopi-warga-binaan-lapas-serang",
            title: "Dari Bengkel Las hingga Meracik Kopi, Warga Binaan Lapas Serang Kantongi Sertifikat Kerja",
            hoursAgo: 5.25,
            author: "Nita Rahmawati",
            summary: "Sebanyak 60 warga binaan Lapas Serang lulus pelatihan kerja las, menjahit, dan barista. Kalapas menyebut pembinaan yang produktif juga mendukung keamanan lapas.",
            paragraphs: [
                "SERANG, Warta Banten — Suara mesin las terdengar dari bengkel kerja di dalam kompleks Lapas Kelas IIA Serang. Di ruangan itu, sejumlah warga binaan tengah menyelesaikan pesanan teralis dan pagar besi, keterampilan yang mereka peroleh lewat pelatihan kerja selama sebulan terakhir.",
                "Sebanyak 60 warga binaan mengikuti pelatihan las, menjahit, dan barista yang digelar Lapas Serang bersama BLK Kota Serang. Seluruh peserta dinyatakan lulus uji kompetensi dan menerima sertifikat dalam acara penyerahan di aula lapas.",
                "Kalapas Kelas IIA Serang Teguh Prasetyo Wibowo mengatakan program pembinaan kemandirian ini menjadi bekal warga binaan agar tidak kembali terjerumus setelah bebas. “Kalau keluar dari sini mereka punya keterampilan dan sertifikat, peluang untuk diterima kerja jauh lebih besar,” ujarnya.",
                "Teguh juga menegaskan kegiatan kerja di dalam lapas tetap mengedepankan aspek keamanan. Peserta dipilih melalui sidang Tim Pengamat Pemasyarakatan (TPP), dan setiap alat kerja dicatat serta diawasi ketat oleh petugas pengamanan selama kegiatan berlangsung.",
                "Di kelas barista, para peserta belajar teknik seduh manual hingga membuat latte art sederhana. Hasil racikan mereka kini dijual di pojok kopi yang melayani keluarga pengunjung, dengan harga mulai Rp 8.000 per gelas.",
                "Salah satu instruktur dari BLK Kota Serang, Ahmad Rifai, menilai para peserta cukup cepat menyerap materi. “Semangat belajarnya tinggi. Beberapa hasil las mereka rapi dan layak jual,” katanya.",
            ]
        ),

        // MARK: - Remission (positive)

        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "jelang-idulfitri-512-warga-binaan-lapas-serang-dapat-remisi-khusus",
            title: "Jelang Idulfitri, 512 Warga Binaan Lapas Serang Dapat Remisi Khusus",
            hoursAgo: 19.5,
            author: "Tim Humas Lapas Serang",
            summary: "Sebanyak 512 warga binaan Lapas Kelas IIA Serang dipastikan menerima Remisi Khusus Idulfitri. Enam di antaranya akan langsung bebas setelah remisi diberikan.",
            paragraphs: [
                "Sebanyak 512 warga binaan Lapas Kelas IIA Serang dipastikan menerima Remisi Khusus (RK) Idulfitri tahun ini. Surat keputusan pemberian remisi telah diterima dari Kanwil Kemenkumham Banten dan akan diserahkan secara simbolis usai pelaksanaan salat Idulfitri di masjid lapas.",
                "Besaran remisi yang diterima bervariasi, mulai dari 15 hari hingga dua bulan, bergantung pada lama masa pidana yang telah dijalani. Dari jumlah tersebut, enam warga binaan akan langsung bebas (RK II) setelah remisi diberikan.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, menegaskan remisi merupakan hak warga binaan yang memenuhi syarat, yakni berkelakuan baik dan aktif mengikuti program pembinaan. “Remisi bukan hadiah cuma-cuma. Ini penghargaan atas perubahan sikap dan kesungguhan mereka selama menjalani pembinaan,” ujarnya.",
                "Teguh juga mengingatkan bahwa seluruh proses pengusulan remisi dilakukan secara daring melalui Sistem Database Pemasyarakatan (SDP) dan tidak dipungut biaya apa pun. Warga binaan maupun keluarga diimbau melapor apabila ada pihak yang meminta imbalan terkait remisi.",
                "Bagi warga binaan yang akan bebas, Lapas Serang telah berkoordinasi dengan keluarga untuk penjemputan. Petugas juga memberikan pembekalan singkat agar mereka siap kembali ke tengah masyarakat.",
            ]
        ),

        // MARK: - Award cluster (positive)

        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "lapas-serang-raih-predikat-zona-integritas-wbk",
            title: "Lapas Serang Raih Predikat Zona Integritas Wilayah Bebas dari Korupsi",
            hoursAgo: 11.0,
            author: "Humas Lapas Serang",
            summary: "Lapas Kelas IIA Serang meraih predikat Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dari Kementerian PANRB. Penghargaan diterima langsung oleh Kalapas.",
            paragraphs: [
                "Lapas Kelas IIA Serang resmi menyandang predikat Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dari Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB). Penghargaan diserahkan dalam acara penganugerahan Zona Integritas di Jakarta dan diterima langsung oleh Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo.",
                "Predikat WBK diberikan setelah melalui serangkaian penilaian, mulai dari evaluasi oleh Inspektorat Jenderal hingga survei lapangan oleh Tim Penilai Nasional. Aspek yang dinilai antara lain manajemen perubahan, penguatan pengawasan, peningkatan kualitas pelayanan publik, dan bebasnya layanan dari pungutan liar.",
                "“Penghargaan ini milik seluruh jajaran Lapas Serang. Namun yang lebih penting, predikat ini adalah amanah. Kami harus membuktikan setiap hari bahwa layanan kami bersih, cepat, dan tanpa pungli,” kata Teguh.",
                "Sejumlah inovasi layanan menjadi nilai tambah dalam penilaian, di antaranya pendaftaran kunjungan daring, anjungan informasi mandiri tentang hak warga binaan, serta kanal pengaduan yang terhubung langsung ke Kanwil Kemenkumham Banten. Lapas Serang juga memasang kamera pengawas di seluruh titik layanan untuk mencegah praktik transaksional antara petugas dan pengunjung.",
                "Kepala Kanwil Kemenkumham Banten, Yusuf Effendi, mengapresiasi capaian tersebut dan meminta Lapas Serang menjadi contoh bagi unit pemasyarakatan lain di Banten. Ia berharap predikat WBK dapat ditingkatkan menjadi Wilayah Birokrasi Bersih dan Melayani (WBBM) pada tahun mendatang.",
            ]
        ),
        DemoArticle(
            outletID: "warta-banten",
            slug: "lapas-serang-sabet-penghargaan-wbk-dari-kemenpan-rb",
            title: "Lapas Serang Sabet Penghargaan WBK dari KemenPAN-RB",
            hoursAgo: 10.5,
            author: "Nita Rahmawati",
            summary: "Lapas Kelas IIA Serang menjadi salah satu dari dua unit pemasyarakatan di Banten yang meraih predikat Wilayah Bebas dari Korupsi (WBK) tahun ini.",
            paragraphs: [
                "SERANG, Warta Banten — Lapas Kelas IIA Serang menyabet predikat Wilayah Bebas dari Korupsi (WBK) dalam ajang penganugerahan Zona Integritas yang digelar Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB). Lapas Serang menjadi satu dari dua unit pemasyarakatan di Banten yang meraih predikat tersebut tahun ini.",
                "Kalapas Kelas IIA Serang Teguh Prasetyo Wibowo mengatakan persiapan menuju WBK dilakukan sejak dua tahun lalu. Pembenahan dimulai dari hal mendasar, seperti memastikan seluruh layanan kunjungan, penitipan barang, hingga pengurusan hak integrasi bebas biaya.",
                "“Kami ubah pola pikir petugas. Layanan kepada keluarga warga binaan harus sama baiknya dengan layanan publik di kantor mana pun,” ujar Teguh usai menerima penghargaan. Ia mengakui tantangan terberat justru menjaga konsistensi setelah predikat itu diraih.",
                "Sejumlah keluarga warga binaan yang ditemui di ruang tunggu kunjungan mengakui adanya perubahan. “Sekarang daftar kunjungan bisa lewat WhatsApp, antreannya jelas, dan tidak ada lagi yang minta uang,” kata Eni Suhaeni (41), warga Kecamatan Taktakan, yang rutin menjenguk suaminya.",
                "Kepala Kanwil Kemenkumham Banten Yusuf Effendi berharap capaian ini diikuti unit lain. Ia menegaskan predikat WBK bisa dievaluasi kembali apabila di kemudian hari ditemukan pelanggaran integritas.",
            ]
        ),

        // MARK: - Foiled smuggling cluster (positive)

        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "petugas-lapas-serang-gagalkan-penyelundupan-sabu",
            title: "Petugas Lapas Serang Gagalkan Penyelundupan Sabu dalam Kiriman Makanan",
            hoursAgo: 3.0,
            author: "Tim Humas Lapas Serang",
            summary: "Petugas Pintu Pengamanan Utama Lapas Kelas IIA Serang menggagalkan upaya penyelundupan tiga paket sabu yang disembunyikan di dalam wadah sambal kiriman pengunjung.",
            paragraphs: [
                "Petugas Lapas Kelas IIA Serang berhasil menggagalkan upaya penyelundupan narkotika jenis sabu ke dalam lapas. Sabu seberat sekitar 15 gram yang dikemas dalam tiga paket kecil itu disembunyikan di dalam wadah sambal yang dibawa seorang pengunjung perempuan berinisial SN (32).",
                "Upaya penyelundupan terungkap saat petugas Pintu Pengamanan Utama (P2U) memeriksa barang titipan menggunakan mesin pemindai x-ray. Petugas melihat bayangan mencurigakan di dasar wadah, lalu membongkar isinya di hadapan pengunjung yang bersangkutan.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, mengapresiasi kejelian petugas. “Ini bukti bahwa pemeriksaan berlapis di pintu masuk berjalan. Kami tidak akan memberi ruang sedikit pun bagi narkoba masuk ke Lapas Serang,” tegasnya.",
                "SN beserta barang bukti telah diserahkan ke Satresnarkoba Polresta Serang Kota untuk proses hukum lebih lanjut. Petugas juga memeriksa warga binaan yang hendak dikunjungi SN untuk menelusuri kemungkinan adanya jaringan di dalam lapas.",
                "Lapas Serang kembali mengimbau keluarga warga binaan agar tidak mencoba menyelundupkan barang terlarang dalam bentuk apa pun. Seluruh barang titipan wajib melewati pemeriksaan, dan setiap pelanggaran akan diproses sesuai hukum yang berlaku.",
            ]
        ),
        DemoArticle(
            outletID: "warta-banten",
            slug: "sabu-diselipkan-di-wadah-sambal-petugas-lapas-serang-gagalkan-penyelundupan",
            title: "Sabu Diselipkan di Wadah Sambal, Petugas Lapas Serang Gagalkan Penyelundupan",
            hoursAgo: 1.75,
            author: "Fikri Maulana",
            summary: "Upaya seorang perempuan menyelundupkan sabu ke Lapas Serang lewat kiriman makanan terbongkar di pintu pemeriksaan. Petugas menyerahkan pelaku ke polisi.",
            paragraphs: [
                "SERANG, Warta Banten — Modus penyelundupan narkoba ke dalam lapas kian beragam. Seorang perempuan berinisial SN (32) kedapatan menyelipkan tiga paket sabu di dasar wadah sambal yang hendak ia titipkan untuk seorang warga binaan Lapas Kelas IIA Serang.",
                "Aksi SN terbongkar di meja pemeriksaan Pintu Pengamanan Utama (P2U). Saat dipindai dengan mesin x-ray, petugas melihat benda padat yang tidak lazim di bagian bawah wadah. Setelah sambal dikeluarkan, ditemukan plastik klip berisi kristal putih yang belakangan dipastikan sebagai sabu seberat sekitar 15 gram.",
                "Kalapas Kelas IIA Serang Teguh Prasetyo Wibowo menyebut keberhasilan ini sebagai hasil penguatan pemeriksaan di pintu masuk. “Petugas kami sudah dilatih mengenali modus-modus seperti ini, mulai dari sabu di dalam makanan, sandal, sampai jahitan pakaian,” ujarnya.",
                "SN yang mengaku sebagai kerabat salah satu warga binaan kini ditangani Satresnarkoba Polresta Serang Kota. Polisi mendalami siapa pemesan barang haram tersebut, termasuk kemungkinan keterlibatan penghuni lapas.",
                "Kasatresnarkoba Polresta Serang Kota AKP Bayu Setiawan mengapresiasi langkah petugas lapas. Menurut dia, sinergi antara lapas dan kepolisian penting untuk memutus peredaran narkoba yang menyasar warga binaan.",
            ]
        ),

        // MARK: - Other positive stories from the home unit

        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "produk-warga-binaan-lapas-serang-laris-di-banten-umkm-expo",
            title: "Produk Karya Warga Binaan Lapas Serang Laris Manis di Banten UMKM Expo",
            hoursAgo: 14.25,
            author: "Tim Humas Lapas Serang",
            summary: "Aneka produk karya warga binaan Lapas Kelas IIA Serang, dari kursi rotan hingga kopi dan roti, diburu pengunjung Banten UMKM Expo. Penjualan selama tiga hari pameran mencapai Rp 23 juta.",
            paragraphs: [
                "Produk hasil karya warga binaan Lapas Kelas IIA Serang mendapat sambutan hangat dalam Banten UMKM Expo yang digelar selama tiga hari di Kota Serang. Stan Lapas Serang tak pernah sepi pengunjung, dengan total penjualan mencapai Rp 23 juta.",
                "Beragam produk dipamerkan, mulai dari kursi dan keranjang rotan, keset kain perca, batik tulis motif khas Banten, hingga roti dan kopi racikan warga binaan. Kursi rotan menjadi produk yang paling diminati, bahkan sejumlah pengunjung memesan dalam jumlah besar untuk kebutuhan kafe dan penginapan.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, mengatakan keikutsertaan dalam pameran merupakan bagian dari pembinaan kemandirian. “Kami ingin masyarakat melihat bahwa warga binaan mampu menghasilkan karya berkualitas. Kepercayaan masyarakat ini juga menjadi modal mereka saat kembali nanti,” ujarnya.",
                "Sebagian hasil penjualan disisihkan sebagai premi bagi warga binaan yang terlibat dalam proses produksi, sementara sisanya disetorkan ke kas negara sebagai Penerimaan Negara Bukan Pajak (PNBP). Premi tersebut dapat ditabung dan digunakan sebagai modal usaha setelah bebas.",
                "Salah satu pengunjung, Rina Marlina (34), mengaku tidak menyangka produk rotan itu dibuat di dalam lapas. “Rapi sekali, harganya juga terjangkau. Saya beli dua kursi untuk teras rumah,” katanya.",
            ]
        ),
        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "hasil-tes-urine-negatif-lapas-serang-tegaskan-komitmen-bebas-narkoba",
            title: "Hasil Tes Urine Negatif, Lapas Serang Tegaskan Komitmen Bebas Narkoba",
            hoursAgo: 16.0,
            author: "Humas Lapas Serang",
            summary: "Seluruh sampel dalam tes urine acak terhadap 150 warga binaan dan 60 petugas Lapas Kelas IIA Serang dinyatakan negatif narkoba.",
            paragraphs: [
                "Lapas Kelas IIA Serang bersama Badan Narkotika Nasional Kota (BNNK) Serang menggelar tes urine secara acak terhadap 150 warga binaan dan 60 petugas. Hasilnya, seluruh sampel dinyatakan negatif dari kandungan narkotika.",
                "Warga binaan peserta tes dipilih secara acak dari seluruh blok hunian, termasuk warga binaan kasus narkotika. Pengambilan sampel diawasi langsung oleh petugas BNNK untuk memastikan prosesnya berjalan objektif dan transparan.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, mengatakan tes urine rutin merupakan bagian dari program Lapas Bersih dari Narkoba (Bersinar). “Hasil negatif ini kami syukuri, tapi kami tidak boleh lengah. Pengamanan di pintu masuk, razia kamar, dan tes urine akan terus kami lakukan secara berkala,” ujarnya.",
                "Teguh menambahkan, tes urine juga berlaku bagi petugas tanpa terkecuali. Petugas yang terbukti menyalahgunakan narkoba akan diberi sanksi tegas hingga pemberhentian tidak dengan hormat.",
                "Perwakilan BNNK Serang, Dian Safitri, mengapresiasi keterbukaan Lapas Serang. Menurut dia, deteksi dini melalui tes urine merupakan langkah penting untuk menjaga lapas tetap bersih dari peredaran dan penyalahgunaan narkoba.",
            ]
        ),
        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "pesantren-at-taubah-lapas-serang-wisuda-40-santri-warga-binaan",
            title: "Pesantren At-Taubah Lapas Serang Wisuda 40 Santri Warga Binaan",
            hoursAgo: 17.5,
            author: "Tim Humas Lapas Serang",
            summary: "Sebanyak 40 warga binaan Lapas Kelas IIA Serang diwisuda setelah menuntaskan pendidikan di Pondok Pesantren At-Taubah, termasuk lima santri yang menghafal tiga juz Al-Qur'an.",
            paragraphs: [
                "Suasana haru menyelimuti Masjid Al-Hidayah Lapas Kelas IIA Serang saat 40 warga binaan mengikuti wisuda Pondok Pesantren At-Taubah. Para santri mengenakan baju koko putih dan peci hitam, sebagian tampak menitikkan air mata ketika nama mereka dipanggil.",
                "Pesantren At-Taubah merupakan program pembinaan kepribadian yang diselenggarakan Lapas Serang bekerja sama dengan Kantor Kementerian Agama Kota Serang dan sejumlah pondok pesantren di Banten. Selama enam bulan, santri mempelajari baca tulis Al-Qur'an, fikih ibadah, akhlak, hingga tahfiz.",
                "Dari 40 wisudawan, lima santri berhasil menghafal tiga juz Al-Qur'an. Salah satunya Dadan (45), yang mengaku belum lancar membaca huruf hijaiah saat pertama kali masuk lapas.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, berharap para wisudawan menjadi teladan bagi warga binaan lainnya. “Perubahan sejati dimulai dari hati. Kami ingin mereka pulang bukan hanya membawa keterampilan, tetapi juga akhlak yang lebih baik,” ujarnya.",
                "Acara wisuda turut dihadiri keluarga para santri. Bagi banyak keluarga, momen tersebut menjadi kesempatan langka untuk menyaksikan perubahan kerabat mereka secara langsung.",
            ]
        ),
        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "dukung-ketahanan-pangan-warga-binaan-lapas-serang-panen-cabai-dan-lele",
            title: "Dukung Ketahanan Pangan, Warga Binaan Lapas Serang Panen Cabai dan Lele",
            hoursAgo: 8.75,
            author: "Humas Lapas Serang",
            summary: "Lahan pertanian dan kolam di Sarana Asimilasi dan Edukasi Lapas Kelas IIA Serang menghasilkan 300 kilogram cabai rawit dan satu ton ikan lele dalam panen raya.",
            paragraphs: [
                "Lapas Kelas IIA Serang menggelar panen raya di lahan Sarana Asimilasi dan Edukasi (SAE) sebagai bagian dari dukungan terhadap program ketahanan pangan nasional. Dalam panen kali ini, warga binaan memanen sekitar 300 kilogram cabai rawit dan satu ton ikan lele.",
                "Lahan SAE seluas sekitar satu hektare tersebut dikelola oleh 25 warga binaan yang telah memenuhi syarat asimilasi. Selain cabai dan lele, lahan itu juga ditanami terong, kangkung, dan jagung secara bergiliran.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, mengatakan kegiatan pertanian memberi dua manfaat sekaligus. “Warga binaan mendapat keterampilan bertani dan beternak, sementara hasil panennya bisa dimanfaatkan untuk mendukung kebutuhan bahan makanan dan dijual ke masyarakat,” ujarnya.",
                "Panen raya turut dihadiri perwakilan Dinas Pertanian Kota Serang yang memberikan pendampingan teknis sejak masa tanam. Sebagian hasil panen dijual kepada pedagang pasar dan warga sekitar, dengan pendapatan disetorkan sebagai PNBP.",
                "Ke depan, Lapas Serang berencana memperluas lahan dan menambah komoditas, seperti budi daya ayam petelur. Program ini diharapkan menjadi bekal warga binaan untuk berwirausaha di bidang pertanian setelah bebas.",
            ]
        ),
        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "lpka-tangerang-fasilitasi-24-anak-binaan-ikuti-ujian-kesetaraan",
            title: "LPKA Tangerang Fasilitasi 24 Anak Binaan Ikuti Ujian Kesetaraan Paket B dan C",
            hoursAgo: 10.0,
            author: "Dewi Lestari Putri",
            summary: "Sebanyak 24 anak binaan LPKA Kelas I Tangerang mengikuti ujian kesetaraan Paket B dan Paket C. Pendidikan disebut menjadi kunci agar anak tidak kembali berhadapan dengan hukum.",
            paragraphs: [
                "TANGERANG, Kabar Nusantara — Sebanyak 24 anak binaan Lembaga Pembinaan Khusus Anak (LPKA) Kelas I Tangerang mengikuti ujian pendidikan kesetaraan Paket B dan Paket C. Ujian digelar di ruang kelas di dalam kompleks LPKA dengan pengawasan dari Pusat Kegiatan Belajar Masyarakat (PKBM) mitra.",
                "Kepala LPKA Kelas I Tangerang, Nurul Hidayati, mengatakan seluruh anak binaan usia sekolah wajib mengikuti program pendidikan. “Status mereka boleh anak binaan, tapi hak atas pendidikan tidak boleh hilang. Ijazah ini akan sangat menentukan masa depan mereka,” ujarnya.",
                "Kegiatan belajar di LPKA berlangsung setiap hari kerja dengan tenaga pengajar dari PKBM, guru relawan, dan petugas LPKA yang memiliki latar belakang pendidikan. Selain mata pelajaran umum, anak binaan juga mendapat pelatihan keterampilan, seperti sablon, tata boga, dan desain grafis.",
                "Salah satu peserta ujian, R (17), mengaku ingin melanjutkan sekolah hingga perguruan tinggi setelah bebas. “Saya mau buktikan ke orang tua kalau saya bisa berubah,” katanya singkat.",
                "Direktorat Jenderal Pemasyarakatan mencatat partisipasi anak binaan dalam pendidikan kesetaraan terus meningkat dari tahun ke tahun. Program ini menjadi bagian dari upaya pemenuhan hak anak yang berhadapan dengan hukum sebagaimana diatur dalam Undang-Undang Sistem Peradilan Pidana Anak.",
            ]
        ),

        // MARK: - Neutral

        DemoArticle(
            outletID: "warta-banten",
            slug: "komisi-i-dprd-banten-kunjungi-lapas-serang-soroti-kapasitas-hunian",
            title: "Komisi I DPRD Banten Kunjungi Lapas Serang, Soroti Kapasitas Hunian dan Jumlah Petugas",
            hoursAgo: 4.5,
            author: "Ujang Sobari",
            summary: "Komisi I DPRD Provinsi Banten melakukan kunjungan kerja ke Lapas Kelas IIA Serang. Dewan menyoroti kelebihan kapasitas hunian dan minimnya jumlah petugas.",
            paragraphs: [
                "SERANG, Warta Banten — Komisi I DPRD Provinsi Banten melakukan kunjungan kerja ke Lapas Kelas IIA Serang. Rombongan yang dipimpin Ketua Komisi I, Asep Supriatna, meninjau blok hunian, dapur, klinik, serta bengkel kerja warga binaan.",
                "Dalam kunjungan tersebut, dewan menerima paparan bahwa Lapas Serang saat ini dihuni sekitar 1.150 warga binaan, sedangkan kapasitasnya hanya untuk 600 orang. Jumlah petugas pengamanan pada setiap regu jaga juga dinilai belum sebanding dengan jumlah penghuni.",
                "“Kami melihat sendiri kondisinya cukup padat. Ini harus menjadi perhatian bersama, karena urusan lapas bukan hanya tanggung jawab pemerintah pusat, tetapi juga berdampak pada keamanan daerah,” kata Asep usai kunjungan. Ia menyebut Komisi I akan membawa hasil kunjungan ini ke rapat koordinasi dengan kementerian terkait.",
                "Kepala Lapas Kelas IIA Serang, Teguh Prasetyo Wibowo, menyampaikan sejumlah kebutuhan, antara lain penambahan petugas, perbaikan sarana pengamanan seperti kamera pengawas dan lampu sorot di sisi tembok, serta dukungan pemerintah daerah untuk program pelatihan kerja. Menurut dia, dukungan pemda bisa diwujudkan melalui kerja sama dengan BLK dan dinas terkait tanpa harus menambah beban anggaran besar.",
                "Anggota Komisi I lainnya, Dewi Anggraeni, mengapresiasi program pembinaan yang berjalan di Lapas Serang, terutama pelatihan kerja dan produk warga binaan yang sudah dipasarkan. Ia mendorong agar produk tersebut diberi ruang dalam pameran dan gerai UMKM milik pemerintah provinsi.",
            ]
        ),
        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "pengumuman-jadwal-layanan-kunjungan-tatap-muka",
            title: "Pengumuman: Jadwal Layanan Kunjungan Tatap Muka Lapas Kelas IIA Serang",
            hoursAgo: 20.0,
            author: "Humas Lapas Serang",
            summary: "Informasi jadwal, syarat, dan tata tertib layanan kunjungan tatap muka bagi keluarga warga binaan Lapas Kelas IIA Serang. Seluruh layanan tidak dipungut biaya.",
            paragraphs: [
                "Lapas Kelas IIA Serang menginformasikan jadwal layanan kunjungan tatap muka bagi keluarga warga binaan. Layanan kunjungan dibuka setiap Selasa hingga Kamis pukul 08.30–11.30 WIB dan 13.00–14.30 WIB, sedangkan Jumat pukul 08.30–10.30 WIB khusus untuk layanan penitipan barang.",
                "Pengunjung wajib mendaftar terlebih dahulu melalui layanan pendaftaran daring atau WhatsApp resmi Lapas Serang paling lambat satu hari sebelum kunjungan. Saat datang, pengunjung diminta membawa KTP asli dan kartu keluarga untuk keperluan verifikasi.",
                "Setiap warga binaan dapat dikunjungi paling banyak tiga orang dalam satu sesi, dengan durasi kunjungan 30 menit. Anak-anak wajib didampingi orang tua atau wali.",
                "Seluruh pengunjung dan barang bawaan akan diperiksa oleh petugas Pintu Pengamanan Utama. Pengunjung dilarang membawa telepon seluler ke ruang kunjungan, serta dilarang membawa senjata tajam, narkoba, minuman beralkohol, dan uang tunai dalam jumlah besar.",
                "Lapas Serang menegaskan seluruh layanan kunjungan tidak dipungut biaya apa pun. Apabila menemukan praktik pungutan liar atau pelayanan yang tidak sesuai, masyarakat dapat melapor melalui kanal pengaduan resmi Lapas Serang.",
            ]
        ),
        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "ditjenpas-penghuni-lapas-dan-rutan-tembus-270-ribu-orang",
            title: "Ditjenpas: Penghuni Lapas dan Rutan Tembus 270 Ribu Orang",
            hoursAgo: 12.75,
            author: "Rizky Ramadhan",
            summary: "Data Direktorat Jenderal Pemasyarakatan menunjukkan jumlah penghuni lapas dan rutan di Indonesia mencapai lebih dari 270 ribu orang, sementara kapasitasnya hanya sekitar 140 ribu.",
            paragraphs: [
                "JAKARTA, Kabar Nusantara — Direktorat Jenderal Pemasyarakatan (Ditjenpas) mencatat jumlah penghuni lembaga pemasyarakatan dan rumah tahanan di seluruh Indonesia mencapai 271.385 orang. Angka itu terdiri atas sekitar 218 ribu narapidana dan 53 ribu tahanan.",
                "Sementara itu, kapasitas hunian seluruh lapas dan rutan hanya sekitar 140 ribu orang. Artinya, tingkat kelebihan penghuni secara nasional mencapai hampir 94 persen.",
                "Juru bicara Ditjenpas, Hendra Kusuma, mengatakan narapidana kasus narkotika masih mendominasi dengan porsi lebih dari separuh total penghuni. “Kami terus mendorong agar pengguna narkotika diarahkan ke rehabilitasi, bukan pemenjaraan, sesuai semangat keadilan restoratif,” ujarnya.",
                "Berdasarkan wilayah, kepadatan tertinggi tercatat di sejumlah provinsi dengan populasi besar, seperti Sumatera Utara, Jawa Timur, DKI Jakarta, dan Riau. Di Banten, jumlah penghuni lapas dan rutan tercatat lebih dari 11 ribu orang.",
                "Ditjenpas menyebut, selain pembangunan unit baru, pemerintah juga menyiapkan penerapan pidana kerja sosial dan pidana pengawasan sebagaimana diatur dalam KUHP baru. Kebijakan itu diharapkan dapat menekan laju pertambahan penghuni dalam beberapa tahun ke depan.",
            ]
        ),
        DemoArticle(
            outletID: "warta-banten",
            slug: "kakanwil-kemenkumham-banten-lantik-kalapas-perempuan-tangerang",
            title: "Kakanwil Kemenkumham Banten Lantik Kalapas Perempuan Tangerang dan Kepala Bapas Serang",
            hoursAgo: 6.75,
            author: "Nita Rahmawati",
            summary: "Kepala Kanwil Kemenkumham Banten melantik sejumlah pejabat pemasyarakatan, termasuk Kepala Lapas Perempuan Kelas IIA Tangerang dan Kepala Bapas Kelas I Serang yang baru.",
            paragraphs: [
                "SERANG, Warta Banten — Kepala Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Banten, Yusuf Effendi, melantik dan mengambil sumpah jabatan sejumlah pejabat di lingkungan pemasyarakatan. Pelantikan digelar di aula kantor wilayah dan dihadiri para kepala unit pelaksana teknis se-Banten.",
                "Di antara pejabat yang dilantik adalah Sri Wahyuningsih sebagai Kepala Lapas Perempuan Kelas IIA Tangerang dan Bonifasius Lumbantobing sebagai Kepala Balai Pemasyarakatan (Bapas) Kelas I Serang. Keduanya menggantikan pejabat lama yang mendapat promosi ke jabatan lain.",
                "Dalam sambutannya, Yusuf mengingatkan bahwa rotasi dan mutasi merupakan hal biasa dalam organisasi. “Jabatan adalah amanah. Saya minta para pejabat yang baru dilantik segera beradaptasi, menjaga integritas, dan memastikan tugas pembinaan serta pengamanan berjalan baik,” ujarnya.",
                "Yusuf juga menekankan pentingnya deteksi dini terhadap potensi gangguan keamanan dan ketertiban, termasuk peredaran HP ilegal dan narkoba di dalam lapas dan rutan. Ia meminta setiap kepala unit rutin turun langsung ke blok hunian.",
                "Usai dilantik, Sri Wahyuningsih menyatakan siap melanjutkan program pembinaan kemandirian bagi warga binaan perempuan. Sementara itu, Bonifasius berkomitmen memperkuat pengawasan terhadap klien pemasyarakatan yang menjalani program integrasi di tengah masyarakat.",
            ]
        ),
        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "lapas-serang-gelar-razia-gabungan-blok-hunian-bersama-tni-polri",
            title: "Lapas Serang Gelar Razia Gabungan Blok Hunian Bersama TNI-Polri",
            hoursAgo: 0.5,
            author: "Tim Humas Lapas Serang",
            summary: "Lapas Kelas IIA Serang menggelar razia gabungan di seluruh blok hunian bersama TNI dan Polri untuk memperketat pengamanan. Petugas tidak menemukan HP maupun narkoba.",
            paragraphs: [
                "Lapas Kelas IIA Serang menggelar razia gabungan di seluruh blok hunian bersama personel Polresta Serang Kota dan Kodim 0602/Serang. Razia ini merupakan langkah deteksi dini untuk menjaga keamanan dan ketertiban di dalam lapas.",
                "Sebanyak 80 personel gabungan dikerahkan untuk memeriksa kamar hunian, barang milik warga binaan, hingga area dapur dan bengkel kerja. Petugas juga mengecek kondisi teralis jendela, gembok, pintu kamar, dan tembok pembatas di setiap blok.",
                "Dari hasil razia, petugas tidak menemukan telepon seluler maupun narkoba. Barang yang disita antara lain korek api, sendok yang telah dimodifikasi, kabel listrik rakitan, dan beberapa benda tajam kecil yang kemudian dimusnahkan.",
                "Kepala Kesatuan Pengamanan Lapas (KPLP) Serang, Heru Susilo, mengatakan razia akan digelar lebih sering dan tanpa jadwal tetap. “Kami juga meningkatkan frekuensi kontrol keliling pada malam hari serta pemeriksaan fisik bangunan secara berkala,” ujarnya.",
                "Lapas Serang mengimbau warga binaan untuk menaati tata tertib dan turut menjaga keamanan lingkungan hunian. Masyarakat yang memiliki informasi terkait gangguan keamanan di lapas juga dapat menyampaikannya melalui kanal pengaduan resmi.",
            ]
        ),
        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "jelang-libur-panjang-ditjenpas-perketat-pemeriksaan-barang-titipan",
            title: "Jelang Libur Panjang, Ditjenpas Perketat Pemeriksaan Barang Titipan di Lapas dan Rutan",
            hoursAgo: 15.0,
            author: "Andika Pratama",
            summary: "Direktorat Jenderal Pemasyarakatan meminta seluruh lapas dan rutan memperketat pemeriksaan barang titipan dan pengunjung selama libur panjang. Layanan kunjungan tetap dibuka dengan pengaturan jadwal.",
            paragraphs: [
                "JAKARTA, Kabar Nusantara — Direktorat Jenderal Pemasyarakatan (Ditjenpas) menerbitkan surat edaran kepada seluruh unit pelaksana teknis pemasyarakatan untuk memperketat pemeriksaan barang titipan dan pengunjung menjelang libur panjang. Lonjakan jumlah pengunjung pada masa libur dinilai rawan dimanfaatkan untuk menyelundupkan barang terlarang.",
                "Dalam surat edaran tersebut, setiap lapas dan rutan diminta mengoptimalkan penggunaan mesin pemindai x-ray, menambah personel di pintu pemeriksaan, serta membatasi jenis makanan yang boleh dititipkan. Makanan berkuah dan berbumbu pekat, misalnya, diminta untuk diperiksa secara lebih teliti.",
                "Direktur Pengamanan dan Intelijen Ditjenpas, Sutrisno Adi, mengatakan layanan kunjungan tetap dibuka selama libur. “Kami tidak ingin mengurangi hak keluarga untuk bertemu. Yang kami perketat adalah pemeriksaannya, bukan layanannya,” ujarnya.",
                "Sutrisno menambahkan, setiap unit diminta menyusun jadwal kunjungan yang lebih tersebar agar tidak terjadi penumpukan pengunjung. Keluarga warga binaan juga diimbau mendaftar kunjungan secara daring untuk mempersingkat antrean.",
                "Selain pengetatan pemeriksaan, Ditjenpas juga menginstruksikan razia rutin di blok hunian dan apel kesiapsiagaan petugas selama libur panjang. Langkah ini diambil untuk mengantisipasi gangguan keamanan dan ketertiban di tengah kondisi sebagian besar lapas dan rutan yang masih over kapasitas.",
            ]
        ),
        DemoArticle(
            outletID: "humas-lapas-serang",
            slug: "mahasiswa-fakultas-hukum-untirta-belajar-pemasyarakatan-di-lapas-serang",
            title: "Mahasiswa Fakultas Hukum Untirta Belajar Sistem Pemasyarakatan di Lapas Serang",
            hoursAgo: 9.5,
            author: "Tim Humas Lapas Serang",
            summary: "Sebanyak 45 mahasiswa Fakultas Hukum Universitas Sultan Ageng Tirtayasa mengikuti kuliah lapangan di Lapas Kelas IIA Serang untuk mengenal sistem pemasyarakatan secara langsung.",
            paragraphs: [
                "Lapas Kelas IIA Serang menerima kunjungan 45 mahasiswa Fakultas Hukum Universitas Sultan Ageng Tirtayasa (Untirta) dalam rangka kuliah kerja lapangan mata kuliah Hukum Penitensier. Para mahasiswa didampingi dua dosen pembimbing.",
                "Rombongan diterima di aula lapas dan mendapatkan paparan mengenai sistem pemasyarakatan, mulai dari tahap penerimaan warga binaan, pembinaan kepribadian dan kemandirian, hingga program integrasi seperti pembebasan bersyarat dan cuti bersyarat. Materi disampaikan oleh Kepala Seksi Bimbingan Kemasyarakatan dan Perawatan Lapas Serang, Rahmat Hidayat.",
                "Usai paparan, mahasiswa diajak meninjau ruang layanan kunjungan, bengkel kerja, dan lahan pertanian Sarana Asimilasi dan Edukasi. Demi alasan keamanan, rombongan tidak memasuki blok hunian dan wajib menitipkan telepon seluler di pintu masuk.",
                "Dosen pembimbing, Dr. Siti Rohmah, mengatakan kunjungan ini penting agar mahasiswa memahami bahwa pemidanaan tidak berhenti di ruang sidang. “Mahasiswa bisa melihat langsung bagaimana pembinaan dijalankan, termasuk tantangannya seperti keterbatasan petugas dan kapasitas hunian,” ujarnya.",
                "Kalapas Kelas IIA Serang, Teguh Prasetyo Wibowo, menyambut baik kunjungan tersebut dan membuka peluang kerja sama penelitian maupun magang bagi mahasiswa. Menurut dia, keterlibatan kampus dapat memperkaya program pembinaan di lapas.",
            ]
        ),

        // MARK: - Not about prisons (irrelevant)

        DemoArticle(
            outletID: "warta-banten",
            slug: "truk-tronton-mogok-tol-tangerang-merak-macet-8-kilometer",
            title: "Truk Tronton Mogok, Tol Tangerang–Merak Macet hingga 8 Kilometer",
            hoursAgo: 2.0,
            author: "Fikri Maulana",
            summary: "Sebuah truk tronton bermuatan baja ringan mogok di lajur kanan Tol Tangerang–Merak arah Merak. Antrean kendaraan mengular hingga 8 kilometer.",
            paragraphs: [
                "SERANG, Warta Banten — Arus lalu lintas di Tol Tangerang–Merak arah Merak tersendat parah pagi ini. Sebuah truk tronton bermuatan baja ringan mogok di lajur kanan sekitar Kilometer 62, tak jauh dari Gerbang Tol Serang Timur, hingga memicu antrean kendaraan sepanjang 8 kilometer.",
                "Truk diduga mengalami patah as roda saat melaju di jalan menanjak. Karena muatannya berat, proses evakuasi memakan waktu hampir tiga jam dan memerlukan dua unit derek berkapasitas besar.",
                "Manajer operasional pengelola jalan tol, Eko Prasetya, mengatakan petugas sempat memberlakukan sistem buka-tutup lajur. “Pengguna jalan yang hendak menuju Cilegon dan Merak kami imbau keluar di Gerbang Tol Ciujung dan menggunakan jalan nasional sebagai alternatif,” ujarnya.",
                "Sejumlah pengendara mengeluhkan kemacetan tersebut. “Dari Balaraja sampai sini hampir dua jam, biasanya cuma setengah jam,” kata Hendri (36), sopir travel tujuan Pelabuhan Merak.",
                "Menjelang siang, arus lalu lintas berangsur normal setelah truk berhasil dipindahkan ke bahu jalan. Polisi mengingatkan pengemudi kendaraan berat untuk memastikan kondisi kendaraan prima sebelum masuk jalan tol.",
            ]
        ),
        DemoArticle(
            outletID: "warta-banten",
            slug: "festival-kuliner-khas-banten-ramaikan-alun-alun-serang",
            title: "Sate Bandeng hingga Rabeg, Festival Kuliner Khas Banten Ramaikan Alun-Alun Serang",
            hoursAgo: 17.0,
            author: "Nita Rahmawati",
            summary: "Ribuan warga memadati Festival Kuliner Khas Banten di Alun-Alun Kota Serang. Puluhan pelaku UMKM menjajakan sate bandeng, rabeg, nasi sumsum, dan aneka jajanan tradisional.",
            paragraphs: [
                "SERANG, Warta Banten — Alun-Alun Kota Serang dipadati ribuan warga yang datang ke Festival Kuliner Khas Banten. Sebanyak 75 stan pelaku UMKM menjajakan aneka hidangan khas, mulai dari sate bandeng, rabeg daging, nasi sumsum, hingga jajanan tradisional seperti gipang dan jojorong.",
                "Festival yang digelar selama tiga hari itu diselenggarakan Dinas Pariwisata Kota Serang untuk memperkenalkan kuliner lokal kepada generasi muda sekaligus mendongkrak pendapatan pelaku usaha kecil. Selain bazar makanan, panitia juga menghadirkan lomba memasak rabeg dan pertunjukan seni debus.",
                "Stan sate bandeng menjadi salah satu yang paling diburu pengunjung. “Dari pagi sudah habis 300 tusuk. Alhamdulillah, ramai sekali,” kata Hj. Nenah (58), pedagang sate bandeng asal Kecamatan Kasemen.",
                "Pengunjung juga antusias mencicipi rabeg, olahan daging kambing berbumbu rempah yang konon menjadi hidangan favorit para sultan Banten. “Rasanya manis gurih, cocok dimakan pakai nasi hangat,” ujar Dimas (22), mahasiswa asal Bandung yang sengaja datang bersama teman-temannya.",
                "Kepala Dinas Pariwisata Kota Serang, Yayat Ruhiyat, berharap festival ini dapat menjadi agenda tahunan. Menurut dia, kuliner khas Banten punya potensi besar menjadi daya tarik wisata apabila dikemas dengan baik.",
            ]
        ),
        DemoArticle(
            outletID: "kabar-nusantara",
            slug: "sungai-ciberang-meluap-ratusan-rumah-di-lebak-terendam-banjir",
            title: "Sungai Ciberang Meluap, Ratusan Rumah di Lebak Terendam Banjir",
            hoursAgo: 5.75,
            author: "Rizky Ramadhan",
            summary: "Hujan deras semalaman membuat Sungai Ciberang meluap dan merendam ratusan rumah di Desa Sukamanah, Kabupaten Lebak. Puluhan warga terpaksa mengungsi.",
            paragraphs: [
                "LEBAK, Kabar Nusantara — Hujan deras yang mengguyur sejak malam hingga dini hari membuat Sungai Ciberang meluap. Akibatnya, sekitar 320 rumah warga di Desa Sukamanah, Kecamatan Cipanas, Kabupaten Lebak, Banten, terendam banjir dengan ketinggian air mencapai 1,5 meter.",
                "Kepala Pelaksana BPBD Kabupaten Lebak, Firman Syahputra, mengatakan sebanyak 87 jiwa mengungsi ke balai desa dan masjid terdekat. “Tidak ada korban jiwa. Kami sudah mendirikan dapur umum dan menyalurkan bantuan logistik bagi warga terdampak,” ujarnya.",
                "Selain merendam permukiman, banjir juga memutus akses jalan desa dan menggenangi sekitar 40 hektare sawah yang baru memasuki masa tanam. Petani khawatir bibit padi membusuk jika genangan tidak segera surut.",
                "Warga setempat, Jumadi (47), mengaku air naik dengan cepat sekitar pukul 03.00 WIB. “Kami cuma sempat menyelamatkan surat-surat dan anak-anak. Kasur, lemari, semuanya terendam,” katanya.",
                "Hingga siang hari, air berangsur surut, tetapi BPBD masih menetapkan status siaga. Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprakirakan hujan dengan intensitas sedang hingga lebat masih berpotensi terjadi di wilayah Banten bagian selatan dalam beberapa hari ke depan.",
            ]
        ),
        DemoArticle(
            outletID: "warta-banten",
            slug: "perserang-tundukkan-persikota-2-1-di-stadion-maulana-yusuf",
            title: "Perserang Tundukkan Persikota 2-1 di Stadion Maulana Yusuf",
            hoursAgo: 13.0,
            author: "Ujang Sobari",
            summary: "Perserang Serang meraih kemenangan 2-1 atas Persikota Tangerang dalam laga derbi Banten. Gol penentu dicetak pemain pengganti pada menit ke-87.",
            paragraphs: [
                "SERANG, Warta Banten — Perserang Serang sukses menundukkan Persikota Tangerang dengan skor 2-1 dalam laga derbi Banten di Stadion Maulana Yusuf, Kota Serang, tadi malam. Kemenangan ini membawa Perserang naik ke posisi tiga klasemen sementara grup barat.",
                "Tuan rumah unggul lebih dulu lewat sundulan Rizal Fahmi pada menit ke-24 memanfaatkan sepak pojok. Persikota menyamakan kedudukan pada awal babak kedua melalui tendangan bebas Yogi Firmansyah yang tak mampu dijangkau kiper Perserang.",
                "Gol kemenangan Perserang baru lahir pada menit ke-87. Pemain pengganti, Muhammad Ilham, melepaskan tembakan keras dari luar kotak penalti yang menghujam pojok kanan gawang Persikota.",
                "Pelatih Perserang, Bambang Hermawan, memuji mental bertanding anak asuhnya. “Setelah kebobolan, pemain tidak panik. Mereka tetap sabar membangun serangan dan akhirnya dapat hasil,” ujarnya dalam konferensi pers seusai pertandingan.",
                "Laga tersebut disaksikan sekitar 8.000 penonton yang memadati tribun stadion. Perserang selanjutnya akan menjalani laga tandang melawan Persijap Jepara pekan depan.",
            ]
        ),
    ]
}
