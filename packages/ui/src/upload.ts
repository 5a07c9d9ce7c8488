import imageCompression from "browser-image-compression";

export type UploadOutcome = { ok: true } | { ok: false; message: string };

/**
 * A phone photo over the limit is made smaller here, before it is sent, rather than refused:
 * applicants on slow connections should not upload 12 MB to be told no.
 */
export async function fitToLimit(file: File, maxBytes: number): Promise<File> {
  if (file.size <= maxBytes || !/^image\/(jpeg|png)$/.test(file.type)) return file;
  const compressed = await imageCompression(file, {
    maxSizeMB: (maxBytes * 0.9) / 1024 / 1024,
    maxWidthOrHeight: 2400,
    fileType: "image/jpeg",
    // Its web-worker mode loads the library from a public CDN: not on an office network, and not
    // a script we want to trust. The main thread is fast enough for one photo.
    useWebWorker: false,
  });
  return new File([compressed], file.name.replace(/\.(png|jpe?g)$/i, "") + ".jpg", { type: "image/jpeg" });
}

/** PUT with XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadWithProgress(url: string, file: File, onProgress: (share: number) => void): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", url);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve({ ok: true });
      let message = "Unggahan gagal. Coba lagi.";
      try {
        message = (JSON.parse(xhr.responseText) as { message?: string }).message ?? message;
      } catch {
        // not JSON: keep the generic message
      }
      resolve({ ok: false, message });
    };
    xhr.onerror = () => resolve({ ok: false, message: "Koneksi terputus saat mengunggah. Periksa jaringan Anda lalu coba lagi." });
    xhr.send(file);
  });
}
