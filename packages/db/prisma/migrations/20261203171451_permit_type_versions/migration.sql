-- [3/8] A permit type is one versioned definition. Existing data is carried over as version 1
-- (and on) of each permit type: its columns, requirements and agenda books, the flow of each
-- published SOP version, and the first wave's form and letters (as they were in code, now data).

-- Letters still waiting to be rendered were staged in the first wave's shape; they must be
-- rendered by the previous release first, so that none is lost. The deploy checks this before it
-- applies anything (db/src/migrate/preflight.ts); this guard is the last line.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM "PendingLetter") THEN
    RAISE EXCEPTION 'Masih ada surat yang menunggu dibuat (tabel PendingLetter). Jalankan aplikasi sampai antrean kosong, lalu ulangi migrasi.';
  END IF;
END $$;

CREATE TYPE "PermitTypeVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- Letter and book kinds become codes of the definition; the first wave's values are those codes.
ALTER TABLE "IssuedDocument" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;
ALTER TABLE "PendingLetter" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;
DROP INDEX "AgendaBook_officeId_kind_permitTypeId_key";
ALTER TABLE "AgendaBook" ALTER COLUMN "kind" TYPE TEXT USING "kind"::text;
ALTER TABLE "AgendaBook" RENAME COLUMN "kind" TO "code";
CREATE UNIQUE INDEX "AgendaBook_officeId_code_permitTypeId_key" ON "AgendaBook"("officeId", "code", "permitTypeId");
DROP TYPE "AgendaBookKind";
DROP TYPE "LetterKind";

CREATE TABLE "TechnicalAgency" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "governmentName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TechnicalAgency_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "TechnicalAgency_officeId_code_key" ON "TechnicalAgency"("officeId", "code");
ALTER TABLE "TechnicalAgency" ADD CONSTRAINT "TechnicalAgency_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "User" ADD COLUMN "technicalAgencyId" TEXT;
ALTER TABLE "User" ADD CONSTRAINT "User_technicalAgencyId_fkey" FOREIGN KEY ("technicalAgencyId") REFERENCES "TechnicalAgency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "PermitTypeVersion" (
    "id" TEXT NOT NULL,
    "officeId" TEXT NOT NULL,
    "permitTypeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "PermitTypeVersionStatus" NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    CONSTRAINT "PermitTypeVersion_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "PermitTypeVersion_permitTypeId_status_idx" ON "PermitTypeVersion"("permitTypeId", "status");
CREATE UNIQUE INDEX "PermitTypeVersion_permitTypeId_version_key" ON "PermitTypeVersion"("permitTypeId", "version");
ALTER TABLE "PermitTypeVersion" ADD CONSTRAINT "PermitTypeVersion_permitTypeId_fkey" FOREIGN KEY ("permitTypeId") REFERENCES "PermitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

DROP INDEX "SopVersion_permitTypeId_version_key";
ALTER TABLE "SopVersion" ADD COLUMN "applicationKind" TEXT NOT NULL DEFAULT 'NEW',
ADD COLUMN "permitTypeVersionId" TEXT;
CREATE UNIQUE INDEX "SopVersion_permitTypeId_applicationKind_version_key" ON "SopVersion"("permitTypeId", "applicationKind", "version");
ALTER TABLE "SopVersion" ADD CONSTRAINT "SopVersion_permitTypeVersionId_fkey" FOREIGN KEY ("permitTypeVersionId") REFERENCES "PermitTypeVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The first wave had one technical agency, the health office, and every Tim Teknis member was in it.
INSERT INTO "TechnicalAgency" ("id", "officeId", "code", "name", "governmentName", "address", "city", "phone", "email")
SELECT 'ta_' || md5(o."id" || ':DINKES'), o."id", 'DINKES', 'Dinas Kesehatan', o."governmentName", o."city", o."city", NULL, NULL
FROM "Office" o WHERE EXISTS (SELECT 1 FROM "PermitType" p WHERE p."officeId" = o."id");
UPDATE "User" u SET "technicalAgencyId" = 'ta_' || md5(u."officeId" || ':DINKES')
WHERE u."officeId" IS NOT NULL AND EXISTS (SELECT 1 FROM "UserRole" r WHERE r."userId" = u."id" AND r."role" = 'TIM_TEKNIS')
  AND EXISTS (SELECT 1 FROM "TechnicalAgency" a WHERE a."id" = 'ta_' || md5(u."officeId" || ':DINKES'));

-- One published permit-type version per published SOP version. The flow is the SOP's, with the
-- officer's fields of the first wave's three letter-making steps (disposition, inspection,
-- assessment) attached by the letter the step makes.
WITH legacy AS (
  SELECT '[{"code":"strNumber","kind":"TEXT","label":"Nomor STR Perekam Medis","required":true,"rules":{"maxLength":60}},{"code":"strLifetime","kind":"YES_NO","label":"STR berlaku seumur hidup","help":"STR yang diterbitkan berdasarkan UU 17/2023 berlaku seumur hidup.","required":false},{"code":"strExpiry","kind":"DATE","label":"STR berlaku sampai","required":true,"showIf":{"field":"strLifetime","equals":false},"rules":{"date":"NOT_EXPIRED","dateMessage":"STR Anda sudah kedaluwarsa. Perpanjang STR terlebih dahulu, atau pilih “berlaku seumur hidup” bila STR Anda diterbitkan berdasarkan UU 17/2023."}},{"code":"facilityName","kind":"TEXT","label":"Nama fasilitas pelayanan kesehatan tempat bekerja","required":true,"rules":{"maxLength":160}},{"code":"facilityAddress","kind":"ADDRESS","label":"Alamat fasilitas pelayanan kesehatan","required":true}]'::jsonb AS form, '[{"code":"RESI_PENERIMAAN","purpose":"RECEIPT","layout":"FORM","title":"TANDA TERIMA / RESI PENERIMAAN BERKAS","citesLegalBasis":false,"body":["Telah diterima berkas permohonan {izin.nama} dengan keterangan sebagai berikut:"],"rows":[{"label":"Nomor Registrasi","value":"{berkas.nomorRegistrasi}"},{"label":"Jenis Izin","value":"{izin.nama}"},{"label":"Nama Pemohon","value":"{pemohon.nama}"},{"label":"NIK","value":"{pemohon.nik}"},{"label":"Telepon / Pos-el","value":"{pemohon.telepon} / {pemohon.email}"},{"label":"Waktu Penerimaan","value":"{berkas.tanggalMasuk}"}],"lists":["REQUIREMENTS"],"closing":["Tanda terima ini harap disimpan dan ditunjukkan pada saat pengambilan surat izin.","Tanda terima ini bukan merupakan surat izin."],"signatory":{"role":"FRONT_OFFICE","wording":"Petugas Penerima Berkas"},"tembusan":[],"letterhead":"OFFICE","photo":false},{"code":"LEMBAR_DISPOSISI","purpose":"OTHER","layout":"FORM","title":"LEMBAR DISPOSISI","citesLegalBasis":false,"body":[],"rows":[{"label":"Tanggal","value":"{surat.tanggal}"},{"label":"Nomor Registrasi","value":"{berkas.nomorRegistrasi}"},{"label":"Jenis Izin","value":"{izin.nama}"},{"label":"Pemohon","value":"{pemohon.nama} (NIK {pemohon.nik})"},{"label":"Isi Disposisi","value":"{langkah.isiDisposisi}"}],"lists":[],"closing":[],"signatory":{"role":"BACK_OFFICE"},"tembusan":[],"letterhead":"OFFICE","photo":false},{"code":"SURAT_PERMINTAAN_REKOMENDASI","purpose":"OTHER","layout":"LETTER","title":"Permintaan Rekomendasi Teknis","citesLegalBasis":false,"body":["Bersama ini kami sampaikan permohonan {izin.nama} atas nama {pemohon.nama} (NIK {pemohon.nik}), nomor registrasi {berkas.nomorRegistrasi}, untuk mendapatkan rekomendasi teknis.","Kami mohon Tim Teknis berikut melakukan verifikasi dan peninjauan lapangan:"],"rows":[],"lists":["TEAM"],"closing":["Hasil peninjauan lapangan agar dituangkan dalam Berita Acara Peninjauan Lapangan dan rekomendasi Tim Teknis disampaikan kepada kami sesuai dengan standar waktu pelayanan.","Demikian kami sampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih."],"signatory":{"role":"BACK_OFFICE"},"tembusan":[],"letterhead":"OFFICE","photo":false,"addressee":["Kepala {instansi.nama}","di-","Tempat"]},{"code":"BERITA_ACARA","purpose":"OTHER","layout":"FORM","title":"BERITA ACARA PENINJAUAN LAPANGAN","citesLegalBasis":false,"body":["Pada hari ini, {langkah.tanggalPeninjauan} pukul {langkah.jamPeninjauan}, Tim Teknis telah melakukan peninjauan lapangan atas permohonan berikut:"],"rows":[{"label":"Nomor Registrasi","value":"{berkas.nomorRegistrasi}"},{"label":"Jenis Izin","value":"{izin.nama}"},{"label":"Pemohon","value":"{pemohon.nama}"},{"label":"Lokasi peninjauan","value":"{langkah.tempatPeninjauan}"},{"label":"Hasil peninjauan","value":"{langkah.hasilPeninjauan}"}],"lists":["TEAM"],"closing":["Demikian Berita Acara ini dibuat dengan sebenarnya untuk dapat dipergunakan sebagaimana mestinya."],"signatory":null,"tembusan":[],"letterhead":"OFFICE","photo":false},{"code":"REKOMENDASI","purpose":"OTHER","layout":"FORM","title":"REKOMENDASI TIM TEKNIS","citesLegalBasis":false,"body":["Berdasarkan hasil verifikasi berkas dan peninjauan lapangan terhadap permohonan {izin.nama} dengan data sebagai berikut:"],"rows":[{"label":"Nomor Registrasi","value":"{berkas.nomorRegistrasi}"},{"label":"Pemohon","value":"{pemohon.nama} (NIK {pemohon.nik})"},{"label":"Hasil penilaian","value":"{langkah.hasilPenilaian}"}],"lists":["REASONS","TEAM"],"closing":["Tim Teknis merekomendasikan agar permohonan tersebut {berkas.keputusan}.","Demikian rekomendasi ini disampaikan untuk dapat dipergunakan sebagaimana mestinya."],"signatory":null,"tembusan":[],"letterhead":"AGENCY","photo":false},{"code":"SURAT_PENOLAKAN","purpose":"REJECTION","layout":"LETTER","title":"Penolakan Permohonan Izin","citesLegalBasis":true,"body":["Sehubungan dengan permohonan {izin.nama} Saudara dengan nomor registrasi {berkas.nomorRegistrasi} yang diterima pada {berkas.tanggalMasuk}, setelah dilakukan verifikasi dan penilaian teknis, dengan ini kami sampaikan bahwa permohonan Saudara tidak dapat disetujui dengan alasan sebagai berikut:"],"rows":[],"lists":["REASONS"],"closing":["Apabila Saudara keberatan atas keputusan ini, Saudara dapat mengajukan keberatan secara tertulis kepada Kepala {kantor.nama} paling lambat 14 (empat belas) hari kerja sejak surat ini diterima, atau menyampaikan pengaduan melalui SP4N-LAPOR!.","Saudara dapat mengajukan permohonan baru setelah persyaratan dipenuhi. Demikian disampaikan untuk menjadi maklum."],"signatory":{"role":"SEKRETARIS","wording":"a.n. Kepala Dinas"},"tembusan":["Kepala {instansi.nama}","Arsip"],"letterhead":"OFFICE","photo":false,"addressee":["Sdr/i. {pemohon.nama}","{pemohon.alamat}"]},{"code":"SURAT_IZIN","purpose":"PERMIT","layout":"DECREE","title":"SURAT IZIN KERJA PEREKAM MEDIS","citesLegalBasis":true,"body":["Memberikan Surat Izin Kerja Perekam Medis kepada:"],"rows":[{"label":"Nama","value":"{pemohon.nama}"},{"label":"Tempat/Tanggal Lahir","value":"{pemohon.tempatLahir}, {pemohon.tanggalLahir}"},{"label":"Alamat","value":"{pemohon.alamat}"},{"label":"Nomor STR","value":"{formulir.strNumber}"},{"label":"Tempat bekerja","value":"{formulir.facilityName}"},{"label":"Alamat tempat bekerja","value":"{formulir.facilityAddress}"}],"lists":[],"closing":["{izin.berlaku}","Surat izin ini diberikan untuk dipergunakan sebagaimana mestinya, dengan ketentuan apabila di kemudian hari terdapat kekeliruan akan diadakan perbaikan sebagaimana mestinya."],"signatory":{"role":"KADIS"},"tembusan":["Kepala Dinas Kesehatan Kabupaten Dairi","Pimpinan {formulir.facilityName}","Arsip"],"letterhead":"OFFICE","photo":true}]'::jsonb AS letters, '{"kind":"EARLIEST","of":[{"kind":"YEARS_FROM_ISSUE","years":5},{"kind":"UNTIL_FORM_DATE","field":"strExpiry"}]}'::jsonb AS validity, '{"LEMBAR_DISPOSISI":[{"code":"isiDisposisi","kind":"LONG_TEXT","label":"Isi disposisi","required":true,"rules":{"maxLength":2000}}],"BERITA_ACARA":[{"code":"tanggalPeninjauan","kind":"DATE","label":"Tanggal peninjauan","required":true,"rules":{"date":"NOT_FUTURE"}},{"code":"jamPeninjauan","kind":"TIME","label":"Jam peninjauan","required":true},{"code":"tempatPeninjauan","kind":"TEXT","label":"Tempat","required":true,"rules":{"maxLength":300}},{"code":"hasilPeninjauan","kind":"LONG_TEXT","label":"Hasil peninjauan","required":true,"rules":{"maxLength":5000}}],"REKOMENDASI":[{"code":"hasilPenilaian","kind":"LONG_TEXT","label":"Hasil penilaian Tim Teknis (untuk Rekomendasi)","required":true,"rules":{"maxLength":5000}}]}'::jsonb AS fields
)
INSERT INTO "PermitTypeVersion" ("id", "officeId", "permitTypeId", "version", "status", "definition", "createdAt", "updatedAt", "publishedAt", "publishedById")
SELECT
  'ptv_' || sv."id", sv."officeId", sv."permitTypeId", sv."version", 'PUBLISHED',
  jsonb_build_object(
    'code', pt."code",
    'name', pt."name",
    'shortName', pt."shortName",
    'registrationPrefix', pt."registrationPrefix",
    'description', pt."description",
    'legalBasis', COALESCE(to_jsonb(pt."legalBasis"), '[]'::jsonb),
    'feeRupiah', pt."feeRupiah",
    'applicant', 'PERSON',
    'activePermitLimit', NULL,
    'validity', legacy.validity,
    'form', legacy.form,
    'requirements', COALESCE((
      -- Within what a definition allows: a photo is an image, at most 10 MB, help of 500 characters.
      SELECT jsonb_agg(jsonb_build_object(
        'code', r."code", 'label', r."name", 'help', left(r."description", 500),
        'mimeTypes', CASE WHEN r."code" = 'PAS_FOTO'
          THEN COALESCE(NULLIF(to_jsonb(ARRAY(SELECT m FROM unnest(r."mimeTypes") AS m WHERE m LIKE 'image/%')), '[]'::jsonb), '["image/jpeg", "image/png"]'::jsonb)
          ELSE to_jsonb(r."mimeTypes") END,
        'maxBytes', LEAST(r."maxBytes", 10485760), 'required', r."required", 'kind', CASE WHEN r."code" = 'PAS_FOTO' THEN 'PHOTO' ELSE 'DOCUMENT' END
      ) ORDER BY r."position")
      FROM "Requirement" r WHERE r."permitTypeId" = pt."id" AND r."active"
    ), '[]'::jsonb),
    'flows', jsonb_build_object('NEW', jsonb_set(sv."definition", '{steps}', (
      SELECT jsonb_agg(CASE WHEN legacy.fields ? (s->'markers'->>'produces') THEN s || jsonb_build_object('fields', legacy.fields -> (s->'markers'->>'produces')) ELSE s END ORDER BY ord)
      FROM jsonb_array_elements(sv."definition"->'steps') WITH ORDINALITY AS t(s, ord)
    ))),
    'letters', legacy.letters,
    'books', COALESCE((
      SELECT jsonb_agg(jsonb_build_object('code', b."code", 'name', b."name", 'format', b."format", 'scope', CASE WHEN b."permitTypeId" IS NULL THEN 'OFFICE' ELSE 'PERMIT_TYPE' END) ORDER BY b."code")
      FROM "AgendaBook" b WHERE b."officeId" = sv."officeId" AND (b."permitTypeId" = pt."id" OR b."permitTypeId" IS NULL)
    ), '[]'::jsonb),
    'technicalAgency', 'DINKES'
  ),
  sv."publishedAt", sv."publishedAt", sv."publishedAt", sv."publishedById"
FROM "SopVersion" sv JOIN "PermitType" pt ON pt."id" = sv."permitTypeId" CROSS JOIN legacy;

UPDATE "SopVersion" SET "permitTypeVersionId" = 'ptv_' || "id";

ALTER TABLE "Application" ADD COLUMN "permitTypeVersionId" TEXT;
UPDATE "Application" SET "permitTypeVersionId" = 'ptv_' || "sopVersionId";
ALTER TABLE "Application" ALTER COLUMN "permitTypeVersionId" SET NOT NULL;
ALTER TABLE "Application" ADD CONSTRAINT "Application_permitTypeVersionId_fkey" FOREIGN KEY ("permitTypeVersionId") REFERENCES "PermitTypeVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A permit keeps what it printed: the holder's number, its own rows, the validity sentence.
ALTER TABLE "Permit" ADD COLUMN "permitTypeVersionId" TEXT,
ADD COLUMN "holderIdNumber" TEXT,
ADD COLUMN "details" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "validityText" TEXT;
UPDATE "Permit" p SET
  "permitTypeVersionId" = a."permitTypeVersionId",
  "holderIdNumber" = COALESCE(a."form"->>'nik', ''),
  "details" = jsonb_build_array(
    jsonb_build_object('label', 'Nomor STR', 'value', p."strNumber"),
    jsonb_build_object('label', 'Tempat bekerja', 'value', p."facilityName")
  ),
  "validityText" = CASE WHEN p."validUntil" IS NULL
    THEN 'Surat izin ini berlaku selama yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut.'
    ELSE 'Surat izin ini berlaku sampai dengan berakhirnya masa berlaku STR dan selama yang bersangkutan bekerja pada fasilitas pelayanan kesehatan tersebut.' END
FROM "Application" a WHERE a."id" = p."applicationId";
ALTER TABLE "Permit" ALTER COLUMN "permitTypeVersionId" SET NOT NULL,
ALTER COLUMN "holderIdNumber" SET NOT NULL,
ALTER COLUMN "validityText" SET NOT NULL,
DROP COLUMN "strNumber",
DROP COLUMN "facilityName";

-- A published version never changes (a draft does); deleting one that files use is refused by its foreign keys.
CREATE FUNCTION "permit_type_version_immutable"() RETURNS trigger AS $$
BEGIN
  IF OLD."status" = 'PUBLISHED' THEN
    RAISE EXCEPTION 'Versi jenis izin yang sudah terbit tidak boleh diubah; buat versi baru';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "PermitTypeVersion_immutable" BEFORE UPDATE ON "PermitTypeVersion"
  FOR EACH ROW EXECUTE FUNCTION "permit_type_version_immutable"();
