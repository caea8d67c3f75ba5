package org.unionflow.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Reads a file's type from its bytes, never from its name: Tika's magic names the container, and an Office
 * container is opened to see whether it holds a Word document or an Excel workbook (a zip or an OLE2 file of
 * anything else is refused). Only the zip's directory is read, so a packed bomb is never inflated.
 */
@Component
class FileTypes {

  private final Tika tika = new Tika();

  Optional<FileType> of(byte[] content) {
    String detected = tika.detect(content);
    return switch (detected) {
      case "application/pdf" -> Optional.of(FileType.PDF);
      case "image/jpeg" -> Optional.of(FileType.JPEG);
      case "image/png" -> Optional.of(FileType.PNG);
      case "application/zip", "application/x-tika-ooxml" -> officeOpenXml(content);
      case "application/x-tika-msoffice" -> oleOffice(content);
      default -> Optional.empty();
    };
  }

  private static Optional<FileType> officeOpenXml(byte[] content) {
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
      if (zip.getEntry("[Content_Types].xml") == null) {
        return Optional.empty();
      }
      if (zip.getEntry("word/document.xml") != null) {
        return Optional.of(FileType.DOCX);
      }
      return zip.getEntry("xl/workbook.xml") != null ? Optional.of(FileType.XLSX) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<FileType> oleOffice(byte[] content) {
    try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      DirectoryNode root = ole.getRoot();
      if (root.hasEntry("WordDocument")) {
        return Optional.of(FileType.DOC);
      }
      return root.hasEntry("Workbook") || root.hasEntry("Book") ? Optional.of(FileType.XLS) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // POI throws unchecked exceptions on a damaged container: it is not a document we take
      return Optional.empty();
    }
  }
}
