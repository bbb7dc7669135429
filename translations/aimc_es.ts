<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Deck</name>
    <message>
        <source>During an MVM every summation line discharges through its cells (Fig. 5). Resistive cells and current-source cells discharge it differently.</source>
        <translation>Durante una MVM cada línea de suma se descarga a través de sus celdas (Fig. 5). Las celdas resistivas y las de fuente de corriente la descargan de forma distinta.</translation>
    </message>
    <message>
        <source>The discharge time sets the pace (Fig. 6): a 5 MΩ cell discharges its line in about 1 ns, well within the 10 ns of an MVM at 100 MHz.</source>
        <translation>El tiempo de descarga marca el ritmo (Fig. 6): una celda de 5 MΩ descarga su línea en cerca de 1 ns, muy dentro de los 10 ns de una MVM a 100 MHz.</translation>
    </message>
    <message>
        <source>Where the energy of one MVM goes (Fig. 7): a 1024 × 1024 array needs 207 pJ, 0.2 fJ per MAC, and the ADCs take the largest share.</source>
        <translation>Adónde va la energía de una MVM (Fig. 7): una matriz de 1024 × 1024 necesita 207 pJ, 0.2 fJ por MAC, y los ADC se llevan la mayor parte.</translation>
    </message>
    <message>
        <source>Larger arrays share each converter among more cells: efficiency rises with the array size and passes 10 000 TOPS/W at 1024 × 1024.</source>
        <translation>Las matrices mayores reparten cada convertidor entre más celdas: la eficiencia crece con el tamaño y supera 10 000 TOPS/W con 1024 × 1024.</translation>
    </message>
    <message>
        <source>Every ADC bit costs energy: 10 131 TOPS/W at 5 bits, but only 2 270 TOPS/W at 8 bits if the ADC energy doubles with each bit.</source>
        <translation>Cada bit del ADC cuesta energía: 10 131 TOPS/W con 5 bits, pero solo 2 270 TOPS/W con 8 bits si la energía del ADC se duplica con cada bit.</translation>
    </message>
    <message>
        <source>Against published accelerators and the 10 fJ/MAC digital baseline: the 5-bit MRAM array is fifty times as efficient as the 200 TOPS/W of digital logic.</source>
        <translation>Frente a los aceleradores publicados y la referencia digital de 10 fJ/MAC: la matriz MRAM de 5 bits es cincuenta veces más eficiente que los 200 TOPS/W de la lógica digital.</translation>
    </message>
    <message>
        <source>The price is area (Fig. 8): the weights a chip can store against its size; the dotted lines show what well-known networks need.</source>
        <translation>El precio es el área (Fig. 8): los pesos que un chip puede guardar frente a su tamaño; las líneas de puntos muestran lo que necesitan redes conocidas.</translation>
    </message>
    <message>
        <source>The MgO barrier sets the resistance: RA grows exponentially with its thickness (Fig. 4). At 2.4 nm it reaches 20 kΩ·µm², enough for a 6 MΩ cell.</source>
        <translation>La barrera de MgO fija la resistencia: RA crece exponencialmente con su espesor (Fig. 4). A 2.4 nm llega a 20 kΩ·µm², suficiente para una celda de 6 MΩ.</translation>
    </message>
    <message>
        <source>No two devices have the same diameter, so their resistances spread (Fig. 8). R_P and R_AP stay well apart at a TMR of 150 %.</source>
        <translation>No hay dos dispositivos con el mismo diámetro, así que sus resistencias se dispersan (Fig. 8). Con una TMR del 150 %, R_P y R_AP quedan bien separadas.</translation>
    </message>
    <message>
        <source>A differential pair of MTJs stores a ternary weight. As the radius spread grows from 1 to 3 nm, every weight level widens (Fig. 10).</source>
        <translation>Un par diferencial de MTJ guarda un peso ternario. Al crecer la dispersión del radio de 1 a 3 nm, cada nivel de peso se ensancha (Fig. 10).</translation>
    </message>
    <message>
        <source>Fig. 11 turns this around: how much may the conductance vary for a target σ_w? The markers show where this device stands against the limit.</source>
        <translation>La Fig. 11 le da la vuelta: ¿cuánto puede variar la conductancia para un σ_w objetivo? Los marcadores muestran dónde queda este dispositivo frente al límite.</translation>
    </message>
    <message>
        <source>Wire resistance makes far cells weigh less (Fig. 15b). With 6 MΩ cells and 1 Ω of wire per cell, a 1024-row array hardly notices.</source>
        <translation>La resistencia del cable hace que las celdas lejanas pesen menos (Fig. 15b). Con celdas de 6 MΩ y 1 Ω de cable por celda, una matriz de 1024 filas apenas lo nota.</translation>
    </message>
    <message>
        <source>Thin the barrier and R_ON falls towards 0.5 MΩ: now the far cells lose weight and the column errors grow.</source>
        <translation>Adelgace la barrera y R_ON baja hacia 0.5 MΩ: ahora las celdas lejanas pierden peso y crecen los errores de columna.</translation>
    </message>
    <message>
        <source>Accuracy against R_ON (Fig. 16): below about 5 MΩ the IR drop of large arrays costs accuracy. Hence the requirement R_ON &gt; 5 MΩ.</source>
        <translation>Precisión frente a R_ON (Fig. 16): por debajo de unos 5 MΩ la caída IR de las matrices grandes cuesta precisión. De ahí el requisito R_ON &gt; 5 MΩ.</translation>
    </message>
    <message>
        <source>What the variation costs (Figs. 13–14): accuracy falls as the weight noise grows, later for networks trained with noise. The marker is this device.</source>
        <translation>Lo que cuesta la variación (Figs. 13–14): la precisión cae al crecer el ruido de los pesos, más tarde en redes entrenadas con ruido. El marcador es este dispositivo.</translation>
    </message>
</context>
<context>
    <name>EnergyPage</name>
    <message>
        <source>this configuration</source>
        <translation>esta configuración</translation>
    </message>
    <message>
        <source>projection</source>
        <translation>proyección</translation>
    </message>
    <message>
        <source>Published accelerators (Cosemans Fig. 9 idea)</source>
        <translation>Aceleradores publicados (cf. Cosemans, Fig. 9)</translation>
    </message>
    <message>
        <source>Activation precision [bit]</source>
        <translation>Precisión de activación [bit]</translation>
    </message>
    <message>
        <source>Area efficiency [TOPS/mm²]</source>
        <translation>Eficiencia de área [TOPS/mm²]</translation>
    </message>
    <message>
        <source>Energy efficiency [TOPS/W]</source>
        <translation>Eficiencia energética [TOPS/W]</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:gray&apos;&gt;Not on this axis (value not reported): %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:gray&apos;&gt;Fuera de este eje (valor no publicado): %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source> (infeasible)</source>
        <translation> (no factible)</translation>
    </message>
    <message>
        <source>analog IMC</source>
        <translation>IMC analógico</translation>
    </message>
    <message>
        <source>digital IMC</source>
        <translation>IMC digital</translation>
    </message>
    <message>
        <source>digital</source>
        <translation>digital</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulado</translation>
    </message>
</context>
<context>
    <name>Explore</name>
    <message>
        <source>fraction</source>
        <translation>fracción</translation>
    </message>
</context>
<context>
    <name>Param</name>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Activation lines N (inputs) of one array.</source>
        <translation>Líneas de activación N (entradas) de una matriz.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Logical outputs M of one array (two physical columns each when differential).</source>
        <translation>Salidas lógicas M de una matriz (dos columnas físicas cada una si es diferencial).</translation>
    </message>
    <message>
        <source>Differential pairs</source>
        <translation>Pares diferenciales</translation>
    </message>
    <message>
        <source>Each output uses a positive and a negative physical column (off: single-ended).</source>
        <translation>Cada salida usa una columna física positiva y otra negativa (desactivado: asimétrica).</translation>
    </message>
    <message>
        <source>Activation-line wire R</source>
        <translation>R de hilo de la línea de activación</translation>
    </message>
    <message>
        <source>Wire resistance of the activation line per cell pitch.</source>
        <translation>Resistencia del hilo de la línea de activación por paso de celda.</translation>
    </message>
    <message>
        <source>Summation-line wire R</source>
        <translation>R de hilo de la línea de suma</translation>
    </message>
    <message>
        <source>Wire resistance of the summation line per cell pitch.</source>
        <translation>Resistencia del hilo de la línea de suma por paso de celda.</translation>
    </message>
    <message>
        <source>Driver resistance</source>
        <translation>Resistencia del excitador</translation>
    </message>
    <message>
        <source>Output resistance of each activation-line driver.</source>
        <translation>Resistencia de salida de cada excitador de línea de activación.</translation>
    </message>
    <message>
        <source>Clamp voltage</source>
        <translation>Tensión de fijación</translation>
    </message>
    <message>
        <source>Voltage at which the sense circuit holds the end of each summation line.</source>
        <translation>Tensión a la que el circuito de lectura fija el extremo de cada línea de suma.</translation>
    </message>
    <message>
        <source>Weight density</source>
        <translation>Densidad de pesos</translation>
    </message>
    <message>
        <source>Fraction of non-zero ternary weights in the random test pattern.</source>
        <translation>Fracción de pesos ternarios no nulos en el patrón de prueba aleatorio.</translation>
    </message>
    <message>
        <source>Activation density</source>
        <translation>Densidad de activación</translation>
    </message>
    <message>
        <source>Fraction of activation lines driven (1 = all inputs on).</source>
        <translation>Fracción de líneas de activación excitadas (1 = todas las entradas activas).</translation>
    </message>
    <message>
        <source>Cell model</source>
        <translation>Modelo de celda</translation>
    </message>
    <message>
        <source>re: resistive element I = G(a - s); cse: saturating current source I = I_cell min(1, (a - s)/V_sat).</source>
        <translation>re: elemento resistivo I = G(a - s); cse: fuente de corriente saturable I = I_cell min(1, (a - s)/V_sat).</translation>
    </message>
    <message>
        <source>Cell current</source>
        <translation>Corriente de celda</translation>
    </message>
    <message>
        <source>Saturated current of a current-source cell in the on state.</source>
        <translation>Corriente de saturación de una celda fuente de corriente en estado de conducción.</translation>
    </message>
    <message>
        <source>Saturation voltage</source>
        <translation>Tensión de saturación</translation>
    </message>
    <message>
        <source>Voltage across a current-source cell above which its current is constant.</source>
        <translation>Tensión en bornes de una celda fuente de corriente por encima de la cual su corriente es constante.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Where a smaller weight matrix sits in the array: near the drivers and sense circuits, or at the far corner.</source>
        <translation>Dónde se sitúa una matriz de pesos más pequeña dentro de la matriz de celdas: cerca de los excitadores y circuitos de lectura (near) o en la esquina opuesta (far).</translation>
    </message>
    <message>
        <source>MgO thickness</source>
        <translation>Espesor de MgO</translation>
    </message>
    <message>
        <source>Tunnel barrier thickness t; RA grows as exp((t - t_ref)/lambda).</source>
        <translation>Espesor t de la barrera túnel; RA crece como exp((t - t_ref)/lambda).</translation>
    </message>
    <message>
        <source>Nominal CD</source>
        <translation>CD nominal</translation>
    </message>
    <message>
        <source>Nominal (drawn) MTJ diameter nCD.</source>
        <translation>Diámetro nominal (de diseño) nCD de la MTJ.</translation>
    </message>
    <message>
        <source>CD bias</source>
        <translation>Sesgo de CD</translation>
    </message>
    <message>
        <source>nCD minus the electrical diameter eCD.</source>
        <translation>nCD menos el diámetro eléctrico eCD.</translation>
    </message>
    <message>
        <source>Radius sigma</source>
        <translation>Sigma del radio</translation>
    </message>
    <message>
        <source>Device-to-device standard deviation of the MTJ radius.</source>
        <translation>Desviación estándar del radio de la MTJ entre dispositivos.</translation>
    </message>
    <message>
        <source>RA spread</source>
        <translation>Dispersión de RA</translation>
    </message>
    <message>
        <source>Relative lognormal spread of RA (sigma/mean), on top of the radius variation.</source>
        <translation>Dispersión lognormal relativa de RA (sigma/media), además de la variación del radio.</translation>
    </message>
    <message>
        <source>TMR0</source>
        <translation>TMR0</translation>
    </message>
    <message>
        <source>Zero-bias tunnel magnetoresistance as a fraction (1.5 = 150 %).</source>
        <translation>Magnetorresistencia túnel (TMR) a polarización nula, como fracción (1.5 = 150 %).</translation>
    </message>
    <message>
        <source>TMR half-bias voltage</source>
        <translation>Tensión de media TMR</translation>
    </message>
    <message>
        <source>Bias V_h at which the TMR has fallen to half: TMR(V) = TMR0/(1+(V/V_h)^2).</source>
        <translation>Polarización V_h a la que la TMR ha caído a la mitad: TMR(V) = TMR0/(1+(V/V_h)^2).</translation>
    </message>
    <message>
        <source>Read voltage</source>
        <translation>Tensión de lectura</translation>
    </message>
    <message>
        <source>Read (activation) voltage across the MTJ.</source>
        <translation>Tensión de lectura (activación) aplicada a la MTJ.</translation>
    </message>
    <message>
        <source>RA at reference</source>
        <translation>RA de referencia</translation>
    </message>
    <message>
        <source>Resistance-area product at the reference MgO thickness.</source>
        <translation>Producto resistencia-área (RA) con el espesor de MgO de referencia.</translation>
    </message>
    <message>
        <source>Reference thickness</source>
        <translation>Espesor de referencia</translation>
    </message>
    <message>
        <source>MgO thickness t_ref at which RA equals the reference RA.</source>
        <translation>Espesor de MgO t_ref en el que RA es igual al RA de referencia.</translation>
    </message>
    <message>
        <source>RA decay length</source>
        <translation>Longitud de caída de RA</translation>
    </message>
    <message>
        <source>Thickness lambda over which RA grows by a factor e.</source>
        <translation>Espesor lambda en el que RA crece un factor e.</translation>
    </message>
    <message>
        <source>Thermal stability</source>
        <translation>Estabilidad térmica</translation>
    </message>
    <message>
        <source>Thermal stability factor Delta at the reference electrical diameter.</source>
        <translation>Factor de estabilidad térmica Delta en el diámetro eléctrico de referencia.</translation>
    </message>
    <message>
        <source>Stability reference eCD</source>
        <translation>eCD ref. de estabilidad</translation>
    </message>
    <message>
        <source>Electrical diameter at which Delta equals its reference; Delta scales with eCD squared.</source>
        <translation>Diámetro eléctrico en el que Delta es igual a su valor de referencia; Delta escala con el cuadrado de eCD.</translation>
    </message>
    <message>
        <source>Attempt time</source>
        <translation>Tiempo de intento</translation>
    </message>
    <message>
        <source>Attempt time tau0 in the retention time tau0*exp(Delta).</source>
        <translation>Tiempo de intento tau0 en el tiempo de retención tau0*exp(Delta).</translation>
    </message>
    <message>
        <source>DAC bits</source>
        <translation>Bits del DAC</translation>
    </message>
    <message>
        <source>Input (activation) converter resolution.</source>
        <translation>Resolución del convertidor de entrada (activación).</translation>
    </message>
    <message>
        <source>ADC bits</source>
        <translation>Bits del ADC</translation>
    </message>
    <message>
        <source>Output converter resolution.</source>
        <translation>Resolución del convertidor de salida.</translation>
    </message>
    <message>
        <source>DAC energy (5 b)</source>
        <translation>Energía del DAC (5 b)</translation>
    </message>
    <message>
        <source>Energy of one 5-bit DAC conversion.</source>
        <translation>Energía de una conversión DAC de 5 bits.</translation>
    </message>
    <message>
        <source>ADC energy (5 b)</source>
        <translation>Energía del ADC (5 b)</translation>
    </message>
    <message>
        <source>Energy of one 5-bit ADC conversion.</source>
        <translation>Energía de una conversión ADC de 5 bits.</translation>
    </message>
    <message>
        <source>Converter scaling</source>
        <translation>Escalado de los convertidores</translation>
    </message>
    <message>
        <source>How converter energy grows with bits: walden 2^(b-5), thermal 4^(b-5).</source>
        <translation>Cómo crece la energía del convertidor con los bits: walden 2^(b-5), thermal 4^(b-5).</translation>
    </message>
    <message>
        <source>Activation-line capacitance</source>
        <translation>Capacitancia de la línea de activación</translation>
    </message>
    <message>
        <source>Activation-line capacitance per cell.</source>
        <translation>Capacitancia de la línea de activación por celda.</translation>
    </message>
    <message>
        <source>Summation-line capacitance</source>
        <translation>Capacitancia de la línea de suma</translation>
    </message>
    <message>
        <source>Summation-line capacitance per cell.</source>
        <translation>Capacitancia de la línea de suma por celda.</translation>
    </message>
    <message>
        <source>Supply voltage</source>
        <translation>Tensión de alimentación</translation>
    </message>
    <message>
        <source>Supply voltage V_dd of the line drivers.</source>
        <translation>Tensión de alimentación V_dd de los excitadores de línea.</translation>
    </message>
    <message>
        <source>Activation-line activity</source>
        <translation>Actividad de la línea de activación</translation>
    </message>
    <message>
        <source>Average switching activity of the activation lines.</source>
        <translation>Actividad de conmutación media de las líneas de activación.</translation>
    </message>
    <message>
        <source>Summation-line swing</source>
        <translation>Excursión de la línea de suma</translation>
    </message>
    <message>
        <source>Voltage swing of a summation line during one MVM.</source>
        <translation>Excursión de tensión de una línea de suma durante una MVM.</translation>
    </message>
    <message>
        <source>Control energy</source>
        <translation>Energía de control</translation>
    </message>
    <message>
        <source>Fixed control and timing energy per MVM.</source>
        <translation>Energía fija de control y temporización por MVM.</translation>
    </message>
    <message>
        <source>MVM rate</source>
        <translation>Tasa de MVM</translation>
    </message>
    <message>
        <source>Matrix-vector multiplications per second of one array.</source>
        <translation>Multiplicaciones matriz-vector por segundo de una matriz.</translation>
    </message>
    <message>
        <source>Cell area</source>
        <translation>Área de celda</translation>
    </message>
    <message>
        <source>Area of one memory cell.</source>
        <translation>Área de una celda de memoria.</translation>
    </message>
    <message>
        <source>Periphery area</source>
        <translation>Área de la periferia</translation>
    </message>
    <message>
        <source>Periphery area per thousand cells.</source>
        <translation>Área de la periferia por cada mil celdas.</translation>
    </message>
    <message>
        <source>Active cell fraction</source>
        <translation>Fracción de celdas activas</translation>
    </message>
    <message>
        <source>Fraction p of cells on a summation line that conduct during the discharge.</source>
        <translation>Fracción p de las celdas de una línea de suma que conducen durante la descarga.</translation>
    </message>
    <message>
        <source>Cell capacitance on the summation line</source>
        <translation>Capacitancia de celda en la línea de suma</translation>
    </message>
    <message>
        <source>Capacitance each cell adds to its summation line (discharge-time model).</source>
        <translation>Capacitancia que cada celda añade a su línea de suma (modelo del tiempo de descarga).</translation>
    </message>
    <message>
        <source>Shortest usable discharge time</source>
        <translation>Tiempo de descarga mínimo utilizable</translation>
    </message>
    <message>
        <source>Below this summation-line discharge time the control and pulse-width timing cannot keep up (Cosemans Fig. 6 targets about 1 ns); the configuration is then flagged too fast.</source>
        <translation>Por debajo de este tiempo de descarga de la línea de suma, el control y la temporización por ancho de pulso no dan abasto (Cosemans, Fig. 6, apunta a 1 ns aprox.); la configuración se marca entonces como demasiado rápida.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Random seed of the chip instance; the same seed gives the same devices on any number of threads.</source>
        <translation>Semilla aleatoria de la instancia de chip; la misma semilla da los mismos dispositivos con cualquier número de hilos.</translation>
    </message>
    <message>
        <source>Monte Carlo samples</source>
        <translation>Muestras de Monte Carlo</translation>
    </message>
    <message>
        <source>Devices sampled per distribution in the device Monte Carlo.</source>
        <translation>Dispositivos muestreados por distribución en el Monte Carlo de dispositivos.</translation>
    </message>
    <message>
        <source>Chip instances</source>
        <translation>Instancias de chip</translation>
    </message>
    <message>
        <source>Chip instances (seeds) over which accuracy is averaged.</source>
        <translation>Instancias de chip (semillas) sobre las que se promedia la exactitud.</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>Imágenes de prueba</translation>
    </message>
    <message>
        <source>Test-set images evaluated (the first N).</source>
        <translation>Imágenes del conjunto de prueba evaluadas (las N primeras).</translation>
    </message>
    <message>
        <source>Read scheme</source>
        <translation>Esquema de lectura</translation>
    </message>
    <message>
        <source>clamp: voltage-encoded inputs, summation lines clamped by the sense circuit (DC); precharge: pulse-width inputs discharge precharged summation lines (Cosemans Fig. 4).</source>
        <translation>clamp: entradas codificadas en tensión, líneas de suma fijadas por el circuito de lectura (DC); precharge: entradas por ancho de pulso descargan líneas de suma precargadas (Cosemans Fig. 4).</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>The device behind every cell: SOT-MRAM, STT-MRAM, measured devices from a file, IGZO 2T1C gain cell or projection PCM.</source>
        <translation>El dispositivo de cada celda: SOT-MRAM, STT-MRAM, dispositivos medidos de un archivo, celda de ganancia IGZO 2T1C o PCM de proyección.</translation>
    </message>
    <message>
        <source>SOT write current</source>
        <translation>Corriente de escritura SOT</translation>
    </message>
    <message>
        <source>Critical switching current through the SOT track.</source>
        <translation>Corriente crítica de conmutación por la pista SOT.</translation>
    </message>
    <message>
        <source>SOT track resistance</source>
        <translation>Resistencia de la pista SOT</translation>
    </message>
    <message>
        <source>Resistance of the SOT write track; V_WR = I_write R_track.</source>
        <translation>Resistencia de la pista de escritura SOT; V_WR = I_write R_track.</translation>
    </message>
    <message>
        <source>STT switching current density</source>
        <translation>Densidad de corriente de conmutación STT</translation>
    </message>
    <message>
        <source>Critical current density J_c through the barrier; V_WR = J_c RA.</source>
        <translation>Densidad de corriente crítica J_c a través de la barrera; V_WR = J_c RA.</translation>
    </message>
    <message>
        <source>Barrier breakdown voltage</source>
        <translation>Tensión de ruptura de la barrera</translation>
    </message>
    <message>
        <source>Voltage at which the MgO barrier breaks down.</source>
        <translation>Tensión a la que se rompe la barrera de MgO.</translation>
    </message>
    <message>
        <source>Breakdown margin</source>
        <translation>Margen de ruptura</translation>
    </message>
    <message>
        <source>Writable when V_WR (1 + margin) stays below the breakdown voltage.</source>
        <translation>Escribible cuando V_WR (1 + margin) queda por debajo de la tensión de ruptura.</translation>
    </message>
    <message>
        <source>Gain-cell on current</source>
        <translation>Corriente de encendido de la celda de ganancia</translation>
    </message>
    <message>
        <source>Programmed saturated read current of an on cell.</source>
        <translation>Corriente de lectura saturada programada de una celda encendida.</translation>
    </message>
    <message>
        <source>Gain-cell on/off ratio</source>
        <translation>Relación on/off de la celda de ganancia</translation>
    </message>
    <message>
        <source>On current over off current.</source>
        <translation>Corriente de encendido sobre corriente de apagado.</translation>
    </message>
    <message>
        <source>Threshold-voltage sigma</source>
        <translation>Sigma de la tensión umbral</translation>
    </message>
    <message>
        <source>Device-to-device spread of V_th; without write-verify the current is lognormal with sigma_ln = sigma_Vth/(n U_T).</source>
        <translation>Dispersión de V_th entre dispositivos; sin escritura-verificación la corriente es lognormal con sigma_ln = sigma_Vth/(n U_T).</translation>
    </message>
    <message>
        <source>Subthreshold slope factor</source>
        <translation>Factor de pendiente subumbral</translation>
    </message>
    <message>
        <source>Ideality n of the subthreshold current I = I_0 exp((V_g - V_th)/(n U_T)).</source>
        <translation>Idealidad n de la corriente subumbral I = I_0 exp((V_g - V_th)/(n U_T)).</translation>
    </message>
    <message>
        <source>Write-verify tolerance</source>
        <translation>Tolerancia de escritura-verificación</translation>
    </message>
    <message>
        <source>Relative tolerance to which write-verify trims each cell&apos;s current (uniform residual); 0 = no write-verify.</source>
        <translation>Tolerancia relativa con la que la escritura-verificación ajusta la corriente de cada celda (residuo uniforme); 0 = sin escritura-verificación.</translation>
    </message>
    <message>
        <source>Storage capacitance</source>
        <translation>Capacidad de almacenamiento</translation>
    </message>
    <message>
        <source>Capacitor C_s that holds the weight charge.</source>
        <translation>Condensador C_s que guarda la carga del peso.</translation>
    </message>
    <message>
        <source>Write-transistor leakage</source>
        <translation>Fuga del transistor de escritura</translation>
    </message>
    <message>
        <source>Off current of the IGZO write transistor (1 yA = 1e-24 A); it drains C_s.</source>
        <translation>Corriente de apagado del transistor de escritura IGZO (1 yA = 1e-24 A); descarga C_s.</translation>
    </message>
    <message>
        <source>Gain-cell write voltage</source>
        <translation>Tensión de escritura de la celda de ganancia</translation>
    </message>
    <message>
        <source>Gate voltage of the write transistor during a write.</source>
        <translation>Tensión de puerta del transistor de escritura durante una escritura.</translation>
    </message>
    <message>
        <source>PCM levels</source>
        <translation>Niveles PCM</translation>
    </message>
    <message>
        <source>Conductance levels programmed with write-verify; a ternary pair uses the lowest and the highest.</source>
        <translation>Niveles de conductancia programados con escritura-verificación; un par ternario usa el más bajo y el más alto.</translation>
    </message>
    <message>
        <source>PCM on resistance</source>
        <translation>Resistencia de encendido PCM</translation>
    </message>
    <message>
        <source>Resistance of the highest-conductance level at t0.</source>
        <translation>Resistencia del nivel de mayor conductancia en t0.</translation>
    </message>
    <message>
        <source>PCM on/off ratio</source>
        <translation>Relación on/off PCM</translation>
    </message>
    <message>
        <source>Highest over lowest level conductance (the projection layer narrows it).</source>
        <translation>Conductancia del nivel más alto sobre la del más bajo (la capa de proyección la reduce).</translation>
    </message>
    <message>
        <source>Programming spread</source>
        <translation>Dispersión de programación</translation>
    </message>
    <message>
        <source>Relative lognormal spread (sigma/mean) of a level after write-verify.</source>
        <translation>Dispersión lognormal relativa (sigma/mean) de un nivel tras la escritura-verificación.</translation>
    </message>
    <message>
        <source>Drift exponent</source>
        <translation>Exponente de deriva</translation>
    </message>
    <message>
        <source>Mean drift exponent: R(t) = R(t0) (t/t0)^nu (projection PCM about 0.005-0.01, regular PCM 0.05-0.1).</source>
        <translation>Exponente medio de deriva: R(t) = R(t0) (t/t0)^nu (PCM de proyección en torno a 0.005-0.01, PCM normal 0.05-0.1).</translation>
    </message>
    <message>
        <source>Drift exponent sigma</source>
        <translation>Sigma del exponente de deriva</translation>
    </message>
    <message>
        <source>Device-to-device standard deviation of the drift exponent.</source>
        <translation>Desviación típica del exponente de deriva entre dispositivos.</translation>
    </message>
    <message>
        <source>Drift reference time</source>
        <translation>Tiempo de referencia de la deriva</translation>
    </message>
    <message>
        <source>Time t0 after programming at which write-verify checked the level.</source>
        <translation>Tiempo t0 tras la programación en que la escritura-verificación comprobó el nivel.</translation>
    </message>
    <message>
        <source>PCM write voltage</source>
        <translation>Tensión de escritura PCM</translation>
    </message>
    <message>
        <source>Voltage of the heater write path.</source>
        <translation>Tensión de la ruta de escritura del calefactor.</translation>
    </message>
    <message>
        <source>Time since programming</source>
        <translation>Tiempo desde la programación</translation>
    </message>
    <message>
        <source>When the devices are read after they were programmed (drift, leakage).</source>
        <translation>Cuándo se leen los dispositivos después de programarlos (deriva, fuga).</translation>
    </message>
    <message>
        <source>Pulse width per LSB</source>
        <translation>Ancho de pulso por LSB</translation>
    </message>
    <message>
        <source>Precharge scheme: an activation code x drives its line for x times this width.</source>
        <translation>Esquema de precarga: un código de activación x activa su línea durante x veces este ancho.</translation>
    </message>
    <message>
        <source>Precharge voltage</source>
        <translation>Tensión de precarga</translation>
    </message>
    <message>
        <source>Precharge scheme: the summation lines start at this voltage; the ADC reads how far they fall.</source>
        <translation>Esquema de precarga: las líneas de suma parten de esta tensión; el ADC lee cuánto caen.</translation>
    </message>
    <message>
        <source>Sense-amplifier offset σ</source>
        <translation>σ del offset del amplificador de sensado</translation>
    </message>
    <message>
        <source>Binary spiking subarrays: standard deviation of each sense amplifier&apos;s static input-referred offset (one draw per amplifier and chip).</source>
        <translation>Submatrices binarias de espigas: desviación estándar del offset estático referido a la entrada de cada amplificador de sensado (un sorteo por amplificador y chip).</translation>
    </message>
    <message>
        <source>Sense transimpedance</source>
        <translation>Transimpedancia de sensado</translation>
    </message>
    <message>
        <source>Binary spiking subarrays: the sense amplifier sees the bit-line current difference times this resistance, so an offset of σ mV is σ/(R·I_count) counts.</source>
        <translation>Submatrices binarias de espigas: el amplificador de sensado ve la diferencia de corrientes de las líneas de bit por esta resistencia, así que un offset de σ mV son σ/(R·I_count) cuentas.</translation>
    </message>
    <message>
        <source>Sensing time</source>
        <translation>Tiempo de sensado</translation>
    </message>
    <message>
        <source>Binary spiking subarrays: how long the read current flows in one sensing phase (one time step).</source>
        <translation>Submatrices binarias de espigas: cuánto fluye la corriente de lectura en una fase de sensado (un paso de tiempo).</translation>
    </message>
    <message>
        <source>Sense-amplifier energy</source>
        <translation>Energía del amplificador de sensado</translation>
    </message>
    <message>
        <source>Binary spiking subarrays: energy of one sense-amplifier decision (one column pair, one sensing phase).</source>
        <translation>Submatrices binarias de espigas: energía de una decisión del amplificador de sensado (un par de columnas, una fase de sensado).</translation>
    </message>
</context>
<context>
    <name>ParamChange</name>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation>%1: error de escritura (%2)</translation>
    </message>
    <message>
        <source>%1: size, DPI and font must be positive</source>
        <translation>%1: el tamaño, los DPI y la fuente deben ser positivos</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: no se pudo escribir</translation>
    </message>
    <message>
        <source>%1 s (%2 days)</source>
        <translation>%1 s (%2 días)</translation>
    </message>
    <message>
        <source>%1 s (%2 years)</source>
        <translation>%1 s (%2 años)</translation>
    </message>
    <message>
        <source>Physical column j (driver at j = 0)</source>
        <translation>Columna física j (excitador en j = 0)</translation>
    </message>
    <message>
        <source>Row i (sense circuit below the last row)</source>
        <translation>Fila i (circuito de lectura bajo la última fila)</translation>
    </message>
    <message>
        <source>&gt; 1e30 s (longer than the age of the universe)</source>
        <translation>&gt; 1e30 s (más que la edad del universo)</translation>
    </message>
</context>
<context>
    <name>TechnologyEdit</name>
    <message>
        <source>IGZO 2T1C gain cells are current sources: array.cell_model set to cse as well (one undo step).</source>
        <translation>Las celdas de ganancia IGZO 2T1C son fuentes de corriente: array.cell_model también se fija en cse (un solo paso de deshacer).</translation>
    </message>
    <message>
        <source>Measured devices need a file: use File → Import measured devices…</source>
        <translation>Los dispositivos medidos necesitan un archivo: use Archivo → Importar dispositivos medidos…</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>No aplicado: %1</translation>
    </message>
</context>
<context>
    <name>aimc::app::DeckPlayer</name>
    <message>
        <source>deck step %1</source>
        <translation>paso %1 del guion</translation>
    </message>
</context>
<context>
    <name>aimc::app::MainWindow</name>
    <message>
        <source>Defaults</source>
        <translation>Valores predeterminados</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>%1: %2 ms (%3)</source>
        <translation>%1: %2 ms (%3)</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open preset…</source>
        <translation>&amp;Abrir preajuste…</translation>
    </message>
    <message>
        <source>Shipped presets</source>
        <translation>Preajustes incluidos</translation>
    </message>
    <message>
        <source>Recent presets</source>
        <translation>Preajustes recientes</translation>
    </message>
    <message>
        <source>&amp;Save preset</source>
        <translation>&amp;Guardar preajuste</translation>
    </message>
    <message>
        <source>Save preset &amp;as…</source>
        <translation>Guardar preajuste &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export all figures…</source>
        <translation>&amp;Exportar todas las figuras…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Reset all parameters to defaults</source>
        <translation>Restablecer todos los parámetros a sus valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About AiMC Explorer</source>
        <translation>&amp;Acerca de AiMC Explorer</translation>
    </message>
    <message>
        <source>Cannot open preset</source>
        <translation>No se puede abrir el preajuste</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preajuste</translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation>%1: no se puede escribir (%2)</translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation>%1: error de escritura (%2)</translation>
    </message>
    <message>
        <source>Cannot save preset</source>
        <translation>No se puede guardar el preajuste</translation>
    </message>
    <message>
        <source>Open preset</source>
        <translation>Abrir preajuste</translation>
    </message>
    <message>
        <source>Presets (*.json)</source>
        <translation>Preajustes (*.json)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Guardar preajuste</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos los parámetros</translation>
    </message>
    <message>
        <source>About AiMC Explorer</source>
        <translation>Acerca de AiMC Explorer</translation>
    </message>
    <message>
        <source>&lt;b&gt;AiMC Explorer %1&lt;/b&gt;&lt;p&gt;Explore analog in-memory computing with MRAM: device variation, IR drop, energy and network accuracy.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Plots by QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;b&gt;AiMC Explorer %1&lt;/b&gt;&lt;p&gt;Explore la computación analógica en memoria con MRAM: variabilidad de dispositivos, caída IR, energía y exactitud de la red.&lt;/p&gt;&lt;p&gt;Licencia GPL-3.0-or-later. Gráficas con QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Spotlight the plot under the mouse</source>
        <translation>Destacar el gráfico bajo el ratón</translation>
    </message>
    <message>
        <source>End the spotlight</source>
        <translation>Terminar el destacado</translation>
    </message>
    <message>
        <source>Next plots</source>
        <translation>Gráficos siguientes</translation>
    </message>
    <message>
        <source>Previous plots</source>
        <translation>Gráficos anteriores</translation>
    </message>
    <message>
        <source>&amp;Deck</source>
        <translation>&amp;Guion</translation>
    </message>
    <message>
        <source>&amp;Open deck…</source>
        <translation>&amp;Abrir guion…</translation>
    </message>
    <message>
        <source>Open deck</source>
        <translation>Abrir guion</translation>
    </message>
    <message>
        <source>Decks (*.json)</source>
        <translation>Guiones (*.json)</translation>
    </message>
    <message>
        <source>Shipped decks</source>
        <translation>Guiones incluidos</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Close deck</source>
        <translation>Cerrar guion</translation>
    </message>
    <message>
        <source>Cannot open deck</source>
        <translation>No se puede abrir el guion</translation>
    </message>
    <message>
        <source>&amp;Import measured devices…</source>
        <translation>&amp;Importar dispositivos medidos…</translation>
    </message>
    <message>
        <source>Cannot import measured devices</source>
        <translation>No se pueden importar los dispositivos medidos</translation>
    </message>
    <message>
        <source>Import measured devices (%1)</source>
        <translation>Importar dispositivos medidos (%1)</translation>
    </message>
</context>
<context>
    <name>aimc::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies the next time AiMC Explorer starts.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie AiMC Explorer.</translation>
    </message>
    <message>
        <source>The language will change when you restart AiMC Explorer.</source>
        <translation>El idioma cambiará cuando reinicie AiMC Explorer.</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ArrayPage</name>
    <message>
        <source>Array</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Clamped: %1</source>
        <translation>Limitado: %1</translation>
    </message>
    <message>
        <source>The IR-drop solve did not converge (%1, relative residual %2 after %3 iterations): no maps are shown.</source>
        <translation>La resolución de la caída IR no convergió (%1, residuo relativo %2 tras %3 iteraciones): no se muestran mapas.</translation>
    </message>
    <message>
        <source>Solved on the full %1 × %2 cells; the maps show averages of %3 × %4 cells.</source>
        <translation>Resuelto sobre las %1 × %2 celdas completas; los mapas muestran promedios de %3 × %4 celdas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 × %2 cells&lt;/b&gt; (%3 outputs%4), %5 cells · solved in %6 ms: %7 line sweeps + %8 CG iterations%9, relative residual %10 · max IR drop &lt;b&gt;%11&lt;/b&gt; · effective weight ratio min &lt;b&gt;%12&lt;/b&gt;, mean %13 · column error max &lt;b&gt;%14 %&lt;/b&gt;, rms %15 % · output error max %16 % of full scale · SL discharge %17</source>
        <translation>&lt;b&gt;%1 × %2 celdas&lt;/b&gt; (%3 salidas%4), celdas %5 · resuelto en %6 ms: %7 barridos de línea + %8 iteraciones de CG%9, residuo relativo %10 · caída IR máx. &lt;b&gt;%11&lt;/b&gt; · relación de peso efectiva mín. &lt;b&gt;%12&lt;/b&gt;, media %13 · error de columna máx. &lt;b&gt;%14 %&lt;/b&gt;, rms %15 % · error de salida máx. %16 % del fondo de escala · descarga de SL %17</translation>
    </message>
    <message>
        <source>, differential</source>
        <translation>, diferencial</translation>
    </message>
    <message>
        <source>resistive</source>
        <translation>resistivas</translation>
    </message>
    <message>
        <source>current-source</source>
        <translation>fuente de corriente</translation>
    </message>
    <message>
        <source> in %1 Newton steps</source>
        <translation> en %1 pasos de Newton</translation>
    </message>
    <message>
        <source>Activation-line voltage a(i, j)</source>
        <translation>Tensión de activación a(i, j)</translation>
    </message>
    <message>
        <source>Voltage [mV]</source>
        <translation>Tensión [mV]</translation>
    </message>
    <message>
        <source>Summation-line voltage s(i, j)</source>
        <translation>Tensión de suma s(i, j)</translation>
    </message>
    <message>
        <source>Actual / ideal cell current [1]</source>
        <translation>Corriente de celda real / ideal [1]</translation>
    </message>
    <message>
        <source>Resistive cells</source>
        <translation>Celdas resistivas</translation>
    </message>
    <message>
        <source>Current-source cells</source>
        <translation>Celdas fuente de corriente</translation>
    </message>
    <message>
        <source>Cell position from the sense circuit</source>
        <translation>Posición de la celda desde el circuito de lectura</translation>
    </message>
    <message>
        <source>SL voltage above clamp [mV]</source>
        <translation>Tensión de SL sobre la de fijación [mV]</translation>
    </message>
    <message>
        <source>Column current vs ideal [%]</source>
        <translation>Error de corriente de columna [%]</translation>
    </message>
    <message>
        <source>Output vs ideal [% of full scale]</source>
        <translation>Error de salida [% del rango]</translation>
    </message>
    <message>
        <source>Physical column j</source>
        <translation>Columna física j</translation>
    </message>
    <message>
        <source>Relative error [%]</source>
        <translation>Error relativo [%]</translation>
    </message>
    <message>
        <source>Resistive: 50 % vs R_cell (bottom axis)</source>
        <translation>Resistiva: 50 % frente a R_cell (eje inferior)</translation>
    </message>
    <message>
        <source>Current source: ΔV vs I_cell (top axis)</source>
        <translation>Fuente de corriente: ΔV frente a I_cell (eje superior)</translation>
    </message>
    <message>
        <source>This device: R_ON %1 → %2</source>
        <translation>Este dispositivo: R_ON %1 → %2</translation>
    </message>
    <message>
        <source>This I_cell %1 → %2</source>
        <translation>Esta I_cell: %1 → %2</translation>
    </message>
    <message>
        <source>Cell resistance R_cell [Ω]</source>
        <translation>Resistencia de celda R_cell [Ω]</translation>
    </message>
    <message>
        <source>Discharge time [ns]</source>
        <translation>Tiempo de descarga [ns]</translation>
    </message>
    <message>
        <source>Cell current I_cell [A]</source>
        <translation>Corriente de celda I_cell [A]</translation>
    </message>
    <message>
        <source>Weight ratio (Doevenspeck Fig. 15b)</source>
        <translation>Relación de peso (Doevenspeck, Fig. 15b)</translation>
    </message>
    <message>
        <source>SL profile, column %1 (Cosemans Fig. 5)</source>
        <translation>Perfil de SL, col. %1 (Cosemans, Fig. 5)</translation>
    </message>
    <message>
        <source>Column errors vs ideal MVM</source>
        <translation>Errores frente a la MVM ideal</translation>
    </message>
    <message>
        <source>1 ns target (N = %1, %2 % active)</source>
        <translation>objetivo de 1 ns (N = %1, %2 % activas)</translation>
    </message>
    <message>
        <source>SL discharge time (Cosemans Fig. 6)</source>
        <translation>Descarga de SL (Cosemans, Fig. 6)</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ComputePage</name>
    <message>
        <source>This page could not be computed: %1</source>
        <translation>No se pudo calcular esta página: %1</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::DevicePage</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>σ_w per full range (÷2)</source>
        <translation>σ_w por rango completo (÷2)</translation>
    </message>
    <message>
        <source>Weight normalisation:</source>
        <translation>Normalización de pesos:</translation>
    </message>
    <message>
        <source>R_P (parallel)</source>
        <translation>R_P (paralelo)</translation>
    </message>
    <message>
        <source>R_AP (antiparallel)</source>
        <translation>R_AP (antiparalelo)</translation>
    </message>
    <message numerus="yes">
        <source>MTJ resistance, %n devices</source>
        <translation>
            <numerusform>Resistencia de MTJ, %n dispositivo</numerusform>
            <numerusform>Resistencia de MTJ, %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Resistance [%1]</source>
        <translation>Resistencia [%1]</translation>
    </message>
    <message>
        <source>Fraction of devices per bin</source>
        <translation>Fracción de dispositivos por intervalo</translation>
    </message>
    <message>
        <source>G_P: σ/μ = %1 %</source>
        <translation>G_P: σ/μ = %1 %</translation>
    </message>
    <message>
        <source>G_AP: σ/μ = %1 %</source>
        <translation>G_AP: σ/μ = %1 %</translation>
    </message>
    <message>
        <source>Conductance distributions</source>
        <translation>Distribuciones de conductancia</translation>
    </message>
    <message>
        <source>Conductance [%1]</source>
        <translation>Conductancia [%1]</translation>
    </message>
    <message>
        <source>LSB</source>
        <translation>LSB</translation>
    </message>
    <message>
        <source>full range</source>
        <translation>rango completo</translation>
    </message>
    <message>
        <source>w = −1: σ_w = %1</source>
        <translation>w = −1: σ_w = %1</translation>
    </message>
    <message>
        <source>w = 0: σ_w = %1</source>
        <translation>w = 0: σ_w = %1</translation>
    </message>
    <message>
        <source>w = +1: σ_w = %1</source>
        <translation>w = +1: σ_w = %1</translation>
    </message>
    <message>
        <source>Realised ternary weights (differential pair)</source>
        <translation>Pesos ternarios realizados (par diferencial)</translation>
    </message>
    <message>
        <source>Realised weight w&apos; [%1]</source>
        <translation>Peso realizado w&apos; [%1]</translation>
    </message>
    <message>
        <source>Fraction of pairs per bin</source>
        <translation>Fracción de pares por intervalo</translation>
    </message>
    <message>
        <source>RA(t)</source>
        <translation>RA(t)</translation>
    </message>
    <message>
        <source>current: %1 nm, %2 Ω·µm²</source>
        <translation>actual: %1 nm, %2 Ω·µm²</translation>
    </message>
    <message>
        <source>MgO thickness [nm]</source>
        <translation>Espesor de MgO [nm]</translation>
    </message>
    <message>
        <source>RA [Ω·µm²]</source>
        <translation>RA [Ω·µm²]</translation>
    </message>
    <message>
        <source>limit for w = ±1 at TMR %1 %</source>
        <translation>límite para w = ±1 con TMR %1 %</translation>
    </message>
    <message>
        <source>limit for w = 0 at TMR %1 %</source>
        <translation>límite para w = 0 con TMR %1 %</translation>
    </message>
    <message>
        <source>this device, w = ±1</source>
        <translation>este dispositivo, w = ±1</translation>
    </message>
    <message>
        <source>this device, w = 0</source>
        <translation>este dispositivo, w = 0</translation>
    </message>
    <message>
        <source>σ_w = 15 % (Table I)</source>
        <translation>σ_w = 15 % (Tabla I)</translation>
    </message>
    <message>
        <source>Target σ_w [LSB]</source>
        <translation>σ_w objetivo [LSB]</translation>
    </message>
    <message>
        <source>Largest allowed σ/μ of G [%]</source>
        <translation>σ/μ máximo admisible de G [%]</translation>
    </message>
    <message>
        <source>RA</source>
        <translation>RA</translation>
    </message>
    <message>
        <source>Electrical diameter eCD</source>
        <translation>Diámetro eléctrico eCD</translation>
    </message>
    <message>
        <source>R_ON (mean R_P)</source>
        <translation>R_ON (R_P medio)</translation>
    </message>
    <message>
        <source>R_P at nominal radius</source>
        <translation>R_P con el radio nominal</translation>
    </message>
    <message>
        <source>Mean R_AP</source>
        <translation>R_AP medio</translation>
    </message>
    <message>
        <source>TMR at read voltage</source>
        <translation>TMR a la tensión de lectura</translation>
    </message>
    <message>
        <source>σ_w for −1 / 0 / +1 (Monte Carlo)</source>
        <translation>σ_w para −1 / 0 / +1 (Monte Carlo)</translation>
    </message>
    <message>
        <source>σ_w for −1 / 0 / +1 (analytic)</source>
        <translation>σ_w para −1 / 0 / +1 (analítico)</translation>
    </message>
    <message>
        <source>Thermal stability Δ</source>
        <translation>Estabilidad térmica Δ</translation>
    </message>
    <message>
        <source>Retention time</source>
        <translation>Tiempo de retención</translation>
    </message>
    <message>
        <source>Devices sampled</source>
        <translation>Dispositivos muestreados</translation>
    </message>
    <message>
        <source>σ_w is given per full range (−1 … +1), i.e. per LSB ÷ 2.</source>
        <translation>σ_w se expresa por rango completo (−1 … +1), es decir, por LSB ÷ 2.</translation>
    </message>
    <message>
        <source>RA vs MgO thickness (Fig. 4)</source>
        <translation>RA frente al espesor de MgO (Fig. 4)</translation>
    </message>
    <message>
        <source>Allowed variation (Fig. 11)</source>
        <translation>Variación admisible (Fig. 11)</translation>
    </message>
    <message>
        <source>Logarithmic resistance / current axis</source>
        <translation>Eje logarítmico de resistencia / corriente</translation>
    </message>
    <message>
        <source>σ_w per LSB (mean on–off window)</source>
        <translation>σ_w por LSB (ventana media encendido–apagado)</translation>
    </message>
    <message>
        <source>I_on: σ/μ = %1 %</source>
        <translation>I_on: σ/μ = %1 %</translation>
    </message>
    <message>
        <source>I_off: σ/μ = %1 %</source>
        <translation>I_off: σ/μ = %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Cell current, %n devices</source>
        <translation>
            <numerusform>Corriente de celda, %n dispositivo</numerusform>
            <numerusform>Corriente de celda, %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell current [%1]</source>
        <translation>Corriente de celda [%1]</translation>
    </message>
    <message>
        <source>R_on (level %1)</source>
        <translation>R_on (nivel %1)</translation>
    </message>
    <message>
        <source>R_off (level 0)</source>
        <translation>R_off (nivel 0)</translation>
    </message>
    <message numerus="yes">
        <source>Device resistance, %n devices</source>
        <translation>
            <numerusform>Resistencia del dispositivo, %n dispositivo</numerusform>
            <numerusform>Resistencia del dispositivo, %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>G_on: σ/μ = %1 %</source>
        <translation>G_on: σ/μ = %1 %</translation>
    </message>
    <message>
        <source>G_off: σ/μ = %1 %</source>
        <translation>G_off: σ/μ = %1 %</translation>
    </message>
    <message>
        <source>on level</source>
        <translation>nivel encendido</translation>
    </message>
    <message>
        <source>off level (0)</source>
        <translation>nivel apagado (0)</translation>
    </message>
    <message>
        <source>read at %1 (device.t_read_s)</source>
        <translation>lectura a %1 (device.t_read_s)</translation>
    </message>
    <message>
        <source>%1: mean strength vs time since programming</source>
        <translation>%1: intensidad media frente al tiempo desde la programación</translation>
    </message>
    <message>
        <source>Time since programming [years]</source>
        <translation>Tiempo desde la programación [años]</translation>
    </message>
    <message>
        <source>Mean strength / value at read time</source>
        <translation>Intensidad media / valor en el momento de lectura</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>I_cell (mean on current)</source>
        <translation>I_cell (corriente media de encendido)</translation>
    </message>
    <message>
        <source>Mean off current</source>
        <translation>Corriente media de apagado</translation>
    </message>
    <message>
        <source>R_ON (mean on resistance)</source>
        <translation>R_ON (resistencia media de encendido)</translation>
    </message>
    <message>
        <source>Mean off resistance</source>
        <translation>Resistencia media de apagado</translation>
    </message>
    <message>
        <source>Stored levels</source>
        <translation>Niveles almacenados</translation>
    </message>
    <message>
        <source>MTJ fit: eCD / σ of the radius</source>
        <translation>Ajuste MTJ: eCD / σ del radio</translation>
    </message>
    <message>
        <source>MTJ fit: KS distance (P state)</source>
        <translation>Ajuste MTJ: distancia KS (estado P)</translation>
    </message>
    <message>
        <source>σ/μ of I_on / I_off</source>
        <translation>σ/μ de I_on / I_off</translation>
    </message>
    <message>
        <source>σ/μ of G_on / G_off</source>
        <translation>σ/μ de G_on / G_off</translation>
    </message>
    <message>
        <source>Write voltage V_WR</source>
        <translation>Tensión de escritura V_WR</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Escribible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Read at (time since programming)</source>
        <translation>Lectura a (tiempo desde la programación)</translation>
    </message>
    <message>
        <source>σ_w is given per LSB: one LSB is the mean on–off strength window.</source>
        <translation>σ_w se da por LSB: un LSB es la ventana media de intensidad entre encendido y apagado.</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::EnergyPage</name>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Energy per MAC [fJ]</source>
        <translation>Energía por MAC [fJ]</translation>
    </message>
    <message>
        <source>Energy per MVM [pJ]</source>
        <translation>Energía por MVM [pJ]</translation>
    </message>
    <message>
        <source>against activation precision</source>
        <translation>frente a la precisión de activación</translation>
    </message>
    <message>
        <source>against area efficiency (TOPS/mm²)</source>
        <translation>frente a la eficiencia de área (TOPS/mm²)</translation>
    </message>
    <message>
        <source>Breakdown bars:</source>
        <translation>Barras de desglose:</translation>
    </message>
    <message>
        <source>Published accelerators:</source>
        <translation>Aceleradores publicados:</translation>
    </message>
    <message>
        <source>
(infeasible)</source>
        <translation>
(no factible)</translation>
    </message>
    <message>
        <source>DACs</source>
        <translation>DAC</translation>
    </message>
    <message>
        <source>ADCs</source>
        <translation>ADC</translation>
    </message>
    <message>
        <source>%1 pJ
%2 fJ/MAC</source>
        <translation>%1 pJ
%2 fJ/MAC</translation>
    </message>
    <message>
        <source>Energy of one MVM (Cosemans Fig. 7)</source>
        <translation>Energía de una MVM (Cosemans, Fig. 7)</translation>
    </message>
    <message>
        <source>Paper bars unavailable: %1</source>
        <translation>Barras del artículo no disponibles: %1</translation>
    </message>
    <message>
        <source>N = M, this periphery</source>
        <translation>N = M, esta periferia</translation>
    </message>
    <message>
        <source>Cosemans Fig. 7</source>
        <translation>Cosemans, Fig. 7</translation>
    </message>
    <message>
        <source>%1 TOPS/W</source>
        <translation>%1 TOPS/W</translation>
    </message>
    <message>
        <source>TOPS/W versus array size</source>
        <translation>TOPS/W frente al tamaño de la matriz</translation>
    </message>
    <message>
        <source>Array size N = M [rows = columns]</source>
        <translation>Tamaño de la matriz N = M [filas = columnas]</translation>
    </message>
    <message>
        <source>Energy efficiency [TOPS/W]</source>
        <translation>Eficiencia energética [TOPS/W]</translation>
    </message>
    <message>
        <source>Walden: E_ADC ∝ 2^(b−5)</source>
        <translation>Walden: E_ADC ∝ 2^(b−5)</translation>
    </message>
    <message>
        <source>thermal noise: E_ADC ∝ 4^(b−5)</source>
        <translation>ruido térmico: E_ADC ∝ 4^(b−5)</translation>
    </message>
    <message>
        <source>%1 b: %2 TOPS/W</source>
        <translation>%1 b: %2 TOPS/W</translation>
    </message>
    <message>
        <source>TOPS/W versus ADC resolution (DAC at %1 b)</source>
        <translation>TOPS/W según bits del ADC (DAC de %1 b)</translation>
    </message>
    <message>
        <source>ADC resolution [bit]</source>
        <translation>Resolución del ADC [bit]</translation>
    </message>
    <message>
        <source>%1 µm² cells</source>
        <translation>celdas de %1 µm²</translation>
    </message>
    <message>
        <source> (this config)</source>
        <translation> (esta config.)</translation>
    </message>
    <message>
        <source>one %1 × %2 array: %3 mm²</source>
        <translation>una matriz de %1 × %2: %3 mm²</translation>
    </message>
    <message>
        <source>Stored weights [count]</source>
        <translation>Pesos almacenados [número]</translation>
    </message>
    <message>
        <source>&lt;div style=&apos;font-size:26pt; font-weight:bold&apos;&gt;%1 &lt;span style=&apos;font-size:14pt&apos;&gt;TOPS/W&lt;/span&gt;&lt;/div&gt;&lt;div style=&apos;font-size:20pt; font-weight:bold&apos;&gt;%2 &lt;span style=&apos;font-size:12pt&apos;&gt;fJ/MAC&lt;/span&gt;&lt;/div&gt;</source>
        <translation>&lt;div style=&apos;font-size:26pt; font-weight:bold&apos;&gt;%1 &lt;span style=&apos;font-size:14pt&apos;&gt;TOPS/W&lt;/span&gt;&lt;/div&gt;&lt;div style=&apos;font-size:20pt; font-weight:bold&apos;&gt;%2 &lt;span style=&apos;font-size:12pt&apos;&gt;fJ/MAC&lt;/span&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;✔ Feasible&lt;/b&gt; at %1 MHz: the summation line discharges in %2, within the %3 MVM period and above the %4 the timing can use.</source>
        <translation>&lt;b&gt;✔ Factible&lt;/b&gt; a %1 MHz: la línea de suma se descarga en %2, dentro del periodo de MVM de %3 y por encima de los %4 que la temporización puede aprovechar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ INFEASIBLE — device too slow:&lt;/b&gt; the summation line needs %1 to discharge, longer than the %2 MVM period at %3 MHz. Lower R_ON, raise I_cell or lower the MVM rate.</source>
        <translation>&lt;b&gt;✖ NO FACTIBLE — dispositivo demasiado lento:&lt;/b&gt; la línea de suma necesita %1 para descargarse, más que el periodo de MVM de %2 a %3 MHz. Reduzca R_ON, aumente I_cell o reduzca la tasa de MVM.</translation>
    </message>
    <message>
        <source>&lt;b&gt;✖ INFEASIBLE — device too fast:&lt;/b&gt; the summation line discharges in %1, shorter than the %2 the control and pulse-width timing can use (Cosemans Fig. 6). Raise R_ON or lower I_cell.</source>
        <translation>&lt;b&gt;✖ NO FACTIBLE — dispositivo demasiado rápido:&lt;/b&gt; la línea de suma se descarga en %1, menos que los %2 que el control y la temporización por ancho de pulso pueden aprovechar (Cosemans, Fig. 6). Aumente R_ON o reduzca I_cell.</translation>
    </message>
    <message>
        <source>Array N × M (physical columns)</source>
        <translation>Matriz N × M (columnas físicas)</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>MACs per MVM</source>
        <translation>MAC por MVM</translation>
    </message>
    <message>
        <source>%1 MAC</source>
        <translation>%1 MAC</translation>
    </message>
    <message>
        <source>Energy per MVM</source>
        <translation>Energía por MVM</translation>
    </message>
    <message>
        <source>%1 pJ</source>
        <translation>%1 pJ</translation>
    </message>
    <message>
        <source>  DACs / ADCs</source>
        <translation>  DAC / ADC</translation>
    </message>
    <message>
        <source>%1 / %2 pJ</source>
        <translation>%1 / %2 pJ</translation>
    </message>
    <message>
        <source>  Activation / summation lines</source>
        <translation>  Líneas de activación / suma</translation>
    </message>
    <message>
        <source>  Control and timing</source>
        <translation>  Control y temporización</translation>
    </message>
    <message>
        <source>Energy per operation</source>
        <translation>Energía por operación</translation>
    </message>
    <message>
        <source>%1 fJ/op</source>
        <translation>%1 fJ/op</translation>
    </message>
    <message>
        <source>Throughput at %1 MHz</source>
        <translation>Rendimiento a %1 MHz</translation>
    </message>
    <message>
        <source>%1 TOPS</source>
        <translation>%1 TOPS</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Array area (cells + periphery)</source>
        <translation>Área de la matriz (celdas + periferia)</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <source>Area efficiency</source>
        <translation>Eficiencia de área</translation>
    </message>
    <message>
        <source>%1 TOPS/mm²</source>
        <translation>%1 TOPS/mm²</translation>
    </message>
    <message>
        <source>  counting cells only (paper)</source>
        <translation>  solo celdas (como en el artículo)</translation>
    </message>
    <message>
        <source>R_ON = 1/E[G_P] (resistive cells)</source>
        <translation>R_ON = 1/E[G_P] (celdas resistivas)</translation>
    </message>
    <message>
        <source>I_cell (current-source cells)</source>
        <translation>I_cell (celdas fuente de corriente)</translation>
    </message>
    <message>
        <source>Summation-line capacitance</source>
        <translation>Capacitancia de la línea de suma</translation>
    </message>
    <message>
        <source>Discharge time / MVM period</source>
        <translation>Tiempo de descarga / periodo de MVM</translation>
    </message>
    <message>
        <source>This config
%1×%2</source>
        <translation>Esta config.
%1×%2</translation>
    </message>
    <message>
        <source>Fig. 7
N=M=%1</source>
        <translation>Fig. 7
N=M=%1</translation>
    </message>
    <message>
        <source>Act. lines</source>
        <translation>L. activación</translation>
    </message>
    <message>
        <source>Sum. lines</source>
        <translation>L. suma</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Weights vs chip area, 2 cells each (Fig. 8)</source>
        <translation>Pesos según área, 2 celdas por peso (Fig. 8)</translation>
    </message>
    <message>
        <source>Weights vs chip area (Cosemans Fig. 8)</source>
        <translation>Pesos según área (Cosemans, Fig. 8)</translation>
    </message>
    <message>
        <source>Chip area [mm²], %1 µm² periphery per 1000 cells</source>
        <translation>Área del chip [mm²], %1 µm² periferia/1000 celdas</translation>
    </message>
    <message>
        <source>%1 (%2 M): %3 mm²</source>
        <translation>%1 (%2 M): %3 mm²</translation>
    </message>
    <message>
        <source>%1 fJ</source>
        <translation>%1 fJ</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ExplorePage</name>
    <message>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>No results loaded.</source>
        <translation>No hay resultados cargados.</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>mayor es mejor</translation>
    </message>
    <message>
        <source>Open results…</source>
        <translation>Abrir resultados…</translation>
    </message>
    <message>
        <source>Run a sweep from the current parameters</source>
        <translation>Ejecutar un barrido desde los parámetros actuales</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>heat map</source>
        <translation>mapa de calor</translation>
    </message>
    <message>
        <source>Results: Pareto front</source>
        <translation>Resultados: frente de Pareto</translation>
    </message>
    <message>
        <source>Design window</source>
        <translation>Ventana de diseño</translation>
    </message>
    <message>
        <source>Open sweep results</source>
        <translation>Abrir resultados de barrido</translation>
    </message>
    <message>
        <source>Sweep results (*.csv)</source>
        <translation>Resultados de barrido (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1: %2 puntos</translation>
    </message>
    <message>
        <source>(click to load these parameters)</source>
        <translation>(clic para cargar estos parámetros)</translation>
    </message>
    <message>
        <source>sweep point %1</source>
        <translation>punto de barrido %1</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ExploreSweepPanel</name>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energía</translation>
    </message>
    <message>
        <source>accuracy (1 chip, 300 images, IR map)</source>
        <translation>precisión (1 chip, 300 imágenes, mapa IR)</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Ejecutar barrido</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Vary</source>
        <translation>Variar</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en curso…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 de %2 puntos</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation>Exportar figura</translation>
    </message>
    <message>
        <source>Export all figures</source>
        <translation>Exportar todas las figuras</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (vectorial)</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (vectorial)</translation>
    </message>
    <message>
        <source>PNG (raster)</source>
        <translation>PNG (mapa de bits)</translation>
    </message>
    <message>
        <source>CSV (data only)</source>
        <translation>CSV (solo datos)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Also write the plotted data as CSV beside the figure</source>
        <translation>Guardar también los datos representados como CSV junto a la figura</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ancho:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Alto:</translation>
    </message>
    <message>
        <source>Resolution (PNG):</source>
        <translation>Resolución (PNG):</translation>
    </message>
    <message>
        <source>Tick label font:</source>
        <translation>Tamaño de etiquetas de ejes:</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::HeatMapPlot</name>
    <message>
        <source>constraints met inside</source>
        <translation>restricciones cumplidas dentro</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::LecturePanel</name>
    <message>
        <source>No sliders are pinned. Right-click a parameter in the full panel (View → Presentation mode off) and choose “Pin to lecture panel”.</source>
        <translation>No hay controles fijados. Haga clic derecho en un parámetro del panel completo (Vista → sin modo presentación) y elija «Fijar en el panel de clase».</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::MeasuredImportDialog</name>
    <message>
        <source>data (P)</source>
        <translation>datos (P)</translation>
    </message>
    <message>
        <source>fit: KS distance %1</source>
        <translation>ajuste: distancia KS %1</translation>
    </message>
    <message>
        <source>MTJ fit, P state (cumulative)</source>
        <translation>Ajuste MTJ, estado P (acumulado)</translation>
    </message>
    <message>
        <source>Conductance [%1]</source>
        <translation>Conductancia [%1]</translation>
    </message>
    <message>
        <source>Fraction of devices ≤ G</source>
        <translation>Fracción de dispositivos ≤ G</translation>
    </message>
    <message>
        <source>Import measured devices</source>
        <translation>Importar dispositivos medidos</translation>
    </message>
    <message>
        <source>CSV file: state,resistance_ohm[,die,x,y,cd_nm]</source>
        <translation>Archivo CSV: state,resistance_ohm[,die,x,y,cd_nm]</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Use these devices</source>
        <translation>Usar estos dispositivos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Measured resistance per state</source>
        <translation>Resistencia medida por estado</translation>
    </message>
    <message>
        <source>Resistance [Ω]</source>
        <translation>Resistencia [Ω]</translation>
    </message>
    <message>
        <source>Fraction of devices per bin</source>
        <translation>Fracción de dispositivos por intervalo</translation>
    </message>
    <message>
        <source>Conductance [S]</source>
        <translation>Conductancia [S]</translation>
    </message>
    <message>
        <source>Cannot use this file: %1</source>
        <translation>No se puede usar este archivo: %1</translation>
    </message>
    <message>
        <source>Choose a CSV file of measured devices.</source>
        <translation>Elija un archivo CSV de dispositivos medidos.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n devices in %2 states. Nothing changes until you accept.</source>
        <translation>
            <numerusform>%1: %n dispositivo en %2 estados. Nada cambia hasta que acepte.</numerusform>
            <numerusform>%1: %n dispositivos en %2 estados. Nada cambia hasta que acepte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (data)</source>
        <translation>%1 (datos)</translation>
    </message>
    <message>
        <source>%1 (MTJ fit)</source>
        <translation>%1 (ajuste MTJ)</translation>
    </message>
    <message>
        <source>Resistance [%1]</source>
        <translation>Resistencia [%1]</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;MTJ fit (RA = %1 Ω·µm² from the parameters)&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;eCD&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 nm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;σ of the radius&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 nm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TMR at read voltage&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4 %&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;KS distance (P state)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;Ajuste MTJ (RA = %1 Ω·µm² de los parámetros)&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;eCD&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%2 nm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;σ del radio&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 nm&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;TMR a la tensión de lectura&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%4 %&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Distancia KS (estado P)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>the MTJ model fits P/AP data only</source>
        <translation>el modelo MTJ solo ajusta datos P/AP</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;No MTJ fit:&lt;/b&gt; %1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td colspan=&apos;2&apos;&gt;&lt;b&gt;Sin ajuste MTJ:&lt;/b&gt; %1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>No MTJ fit for this file</source>
        <translation>Sin ajuste MTJ para este archivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Mean G</source>
        <translation>G media</translation>
    </message>
    <message>
        <source>σ/μ</source>
        <translation>σ/μ</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>A data set name (mnist, fashion-mnist) or a path to IDX/CIFAR files or an image folder.</source>
        <translation>Nombre de un conjunto de datos (mnist, fashion-mnist) o ruta a archivos IDX/CIFAR o a una carpeta de imágenes.</translation>
    </message>
    <message>
        <source>exact (transfer matrices)</source>
        <translation>exacta (matrices de transferencia)</translation>
    </message>
    <message>
        <source>attenuation map (fast)</source>
        <translation>mapa de atenuación (rápido)</translation>
    </message>
    <message>
        <source>off (device variation only)</source>
        <translation>desactivada (solo variabilidad de dispositivos)</translation>
    </message>
    <message>
        <source>Accuracy vs R_ON sweep</source>
        <translation>Barrido de exactitud frente a R_ON</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Test set:</source>
        <translation>Conjunto de prueba:</translation>
    </message>
    <message>
        <source>IR drop:</source>
        <translation>Caída IR:</translation>
    </message>
    <message>
        <source>chip %v of %m</source>
        <translation>chip %v de %m</translation>
    </message>
    <message>
        <source>Accuracy on the arrays (mean ± std over chips)</source>
        <translation>Exactitud en las matrices (media ± desv. típica entre chips)</translation>
    </message>
    <message>
        <source>Accuracy vs weight noise (Fig. 13b/14b)</source>
        <translation>Exactitud frente al ruido de pesos (Fig. 13b/14b)</translation>
    </message>
    <message>
        <source>σ_w,test [LSB]</source>
        <translation>σ_w,test [LSB]</translation>
    </message>
    <message>
        <source>Accuracy [%]</source>
        <translation>Exactitud [%]</translation>
    </message>
    <message>
        <source>R_ON [MΩ]</source>
        <translation>R_ON [MΩ]</translation>
    </message>
    <message>
        <source>Confusion matrix (chip 1)</source>
        <translation>Matriz de confusión (chip 1)</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>Clase predicha</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Clase real</translation>
    </message>
    <message>
        <source>Misclassified test images (true → predicted), chip 1:</source>
        <translation>Imágenes de prueba mal clasificadas (real → predicha), chip 1:</translation>
    </message>
    <message>
        <source>(no shipped models found)</source>
        <translation>(no se encontraron modelos incluidos)</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Ideal ternary network, same DAC and ADC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ideal ternary network, no ADC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Test images, chips&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3, %4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Device: R_ON (1/mean G_P), σ_w(±1)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5, %6 LSB&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;IR drop, crossbar solves&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%7, %8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Compute time&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%9 s&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;%10</source>
        <translation>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Red ternaria ideal, mismos DAC y ADC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Red ternaria ideal, sin ADC&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Imágenes de prueba, chips&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%3, %4&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Dispositivo: R_ON (1/media de G_P), σ_w(±1)&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%5, %6 LSB&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Caída IR, resoluciones de la matriz crossbar&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%7, %8&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Tiempo de cálculo&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;&lt;b&gt;%9 s&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;%10</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Preview on a subset; the full test set follows.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;Vista previa sobre un subconjunto; a continuación se evalúa el conjunto de prueba completo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (σ_w,train = %2)</source>
        <translation>%1 (σ_w,train = %2)</translation>
    </message>
    <message>
        <source>this device and array (σ_w = %1)</source>
        <translation>este dispositivo y matriz (σ_w = %1)</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>test image %1</source>
        <translation>imagen de prueba %1</translation>
    </message>
    <message>
        <source>σ_w curves: model %v of %m</source>
        <translation>Curvas de σ_w: modelo %v de %m</translation>
    </message>
    <message>
        <source>R_ON sweep: point %v of %m</source>
        <translation>Barrido de R_ON: punto %v de %m</translation>
    </message>
    <message>
        <source>preview done, full test set running</source>
        <translation>vista previa lista, evaluando el conjunto de prueba completo</translation>
    </message>
    <message>
        <source>done: %m chips</source>
        <translation>terminado: %m chips</translation>
    </message>
    <message>
        <source>Computed with the full pass…</source>
        <translation>Se calcula en la pasada completa…</translation>
    </message>
    <message>
        <source>Sweep switched off</source>
        <translation>Barrido desactivado</translation>
    </message>
    <message>
        <source>Images (log scale)</source>
        <translation>Imágenes (escala logarítmica)</translation>
    </message>
    <message>
        <source>Fig. 16: same chips, IR drop on vs off</source>
        <translation>Fig. 16: mismos chips, caída IR activada frente a desactivada</translation>
    </message>
    <message>
        <source>Fig. 16: ideal devices, IR drop only</source>
        <translation>Fig. 16: dispositivos ideales, solo caída IR</translation>
    </message>
    <message>
        <source>Error increase from IR drop vs R_ON (Fig. 16)</source>
        <translation>Aumento del error por caída IR frente a R_ON (Fig. 16)</translation>
    </message>
    <message>
        <source>r_SL = %1 Ω</source>
        <translation>r_SL = %1 Ω</translation>
    </message>
    <message>
        <source>Error increase, same chips IR on − off [%]</source>
        <translation>Aumento del error, mismos chips IR sí − no [%]</translation>
    </message>
    <message>
        <source>Error increase vs ideal network [%]</source>
        <translation>Aumento del error frente a la red ideal [%]</translation>
    </message>
    <message>
        <source>r_SL = %1 Ω (this array)</source>
        <translation>r_SL = %1 Ω (esta matriz)</translation>
    </message>
    <message>
        <source>current device (%1)</source>
        <translation>dispositivo actual (%1)</translation>
    </message>
    <message>
        <source>± 1 std, %1 chips × %2 images</source>
        <translation>± 1 desv., %1 chips × %2 imágenes</translation>
    </message>
    <message>
        <source>Error increase from IR drop vs R_ON (Fig. 16; %1 × %2 arrays, IR: attenuation map)</source>
        <translation>Aumento del error por caída IR frente a R_ON (Fig. 16; matrices de %1 × %2, IR: mapa de atenuación)</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::PageView</name>
    <message>
        <source>Previous plots</source>
        <translation>Gráficos anteriores</translation>
    </message>
    <message>
        <source>Next plots</source>
        <translation>Gráficos siguientes</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ParamControl</name>
    <message>
        <source>%1: %2 is outside %3 … %4 %5; set to %6</source>
        <translation>%1: %2 está fuera de %3 … %4 %5; se ajusta a %6</translation>
    </message>
    <message>
        <source>Pin to lecture panel</source>
        <translation>Fijar en el panel de clase</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ParamPanel</name>
    <message>
        <source>Crossbar array</source>
        <translation>Matriz crossbar</translation>
    </message>
    <message>
        <source>Periphery and energy</source>
        <translation>Periferia y energía</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::PlotWidget</name>
    <message>
        <source>Export figure and data…</source>
        <translation>Exportar figura y datos…</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::PrechargePage</name>
    <message>
        <source>Precharge</source>
        <translation>Precarga</translation>
    </message>
    <message>
        <source>Time [ns]</source>
        <translation>Tiempo [ns]</translation>
    </message>
    <message>
        <source>Summation-line voltage V_SL [V]</source>
        <translation>Tensión de la línea de suma V_SL [V]</translation>
    </message>
    <message>
        <source>Ideal MVM, linear prediction V+ − V− [V]</source>
        <translation>MVM ideal, predicción lineal V+ − V− [V]</translation>
    </message>
    <message>
        <source>Array output V+ − V− [V]</source>
        <translation>Salida de la matriz V+ − V− [V]</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>pulse ends</source>
        <translation>fin de pulsos</translation>
    </message>
    <message>
        <source>V_SL during one MVM (t_LSB %1 ps, C_SL %2)</source>
        <translation>V_SL durante una MVM (t_LSB %1 ps, C_SL %2)</translation>
    </message>
    <message>
        <source>resistive cells</source>
        <translation>celdas resistivas</translation>
    </message>
    <message>
        <source>current-source cells</source>
        <translation>celdas fuente de corriente</translation>
    </message>
    <message>
        <source>: deviation %1 % rms</source>
        <translation>: desviación %1 % rms</translation>
    </message>
    <message>
        <source>exact MVM</source>
        <translation>MVM exacta</translation>
    </message>
    <message>
        <source>Transfer curve, %1 random inputs (ideal wires)</source>
        <translation>Curva de transferencia, %1 entradas aleatorias (hilos ideales)</translation>
    </message>
    <message>
        <source> · lines still saturated at the end: %1 %</source>
        <translation> · líneas aún saturadas al final: %1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Precharge scheme&lt;/b&gt; (Cosemans Fig. 4) on %1 × %2 cells: one random MVM, %3 pulse ends, %4 DC line solves · error against the linear prediction max &lt;b&gt;%5 %&lt;/b&gt;, rms %6 % of the largest swing%7 · energy drawn from the precharge &lt;b&gt;%8&lt;/b&gt;; the energy model&apos;s summation-line term at the same mean swing (%9, V_dd = V_pre) &lt;b&gt;%10&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esquema de precarga&lt;/b&gt; (Cosemans Fig. 4) en %1 × %2 celdas: una MVM aleatoria, %3 fines de pulso, %4 resoluciones DC de líneas · error frente a la predicción lineal máx. &lt;b&gt;%5 %&lt;/b&gt;, rms %6 % de la mayor excursión%7 · energía tomada de la precarga &lt;b&gt;%8&lt;/b&gt;; término de línea de suma del modelo de energía con la misma excursión media (%9, V_dd = V_pre) &lt;b&gt;%10&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::ScatterPlot</name>
    <message>
        <source>Pareto front (%1 points)</source>
        <translation>frente de Pareto (%1 puntos)</translation>
    </message>
    <message>
        <source>loaded point</source>
        <translation>punto cargado</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::TechnologiesPage</name>
    <message>
        <source>Technologies</source>
        <translation>Tecnologías</translation>
    </message>
    <message>
        <source>feasible</source>
        <translation>viable</translation>
    </message>
    <message>
        <source>too fast to settle</source>
        <translation>demasiado rápido para estabilizarse</translation>
    </message>
    <message>
        <source>too slow for the clock</source>
        <translation>demasiado lento para el reloj</translation>
    </message>
    <message>
        <source>(no network: table only)</source>
        <translation>(sin red: solo la tabla)</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>σ_w −1 / 0 / +1 [LSB]</source>
        <translation>σ_w −1 / 0 / +1 [LSB]</translation>
    </message>
    <message>
        <source>R_ON or I_cell</source>
        <translation>R_ON o I_cell</translation>
    </message>
    <message>
        <source>V_WR</source>
        <translation>V_WR</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Escribible</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>TOPS/W (feasibility)</source>
        <translation>TOPS/W (viabilidad)</translation>
    </message>
    <message>
        <source>Network accuracy</source>
        <translation>Precisión de la red</translation>
    </message>
    <message>
        <source>Paper source</source>
        <translation>Fuente del artículo</translation>
    </message>
    <message>
        <source>Network for the accuracy column:</source>
        <translation>Red para la columna de precisión:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Doevenspeck Table I, live&lt;/b&gt;: every shipped technology on the current array, periphery and simulation settings (its device from its shipped preset; the current technology with your device, highlighted), beside the papers&apos; values. Flash and RRAM are Table I rows the product does not model.</source>
        <translation>&lt;b&gt;Tabla I de Doevenspeck, en vivo&lt;/b&gt;: cada tecnología incluida con la matriz, la periferia y los ajustes de simulación actuales (su dispositivo del preajuste incluido; la tecnología actual con su dispositivo, resaltada), junto a los valores de los artículos. Flash y RRAM son filas de la Tabla I que el producto no modela.</translation>
    </message>
    <message>
        <source>device.technology = %1, preset %2</source>
        <translation>device.technology = %1, preajuste %2</translation>
    </message>
    <message>
        <source>cannot be built: %1</source>
        <translation>no se puede construir: %1</translation>
    </message>
    <message>
        <source>I_cell %1</source>
        <translation>I_cell %1</translation>
    </message>
    <message>
        <source>R_ON %1</source>
        <translation>R_ON %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>network not loaded</source>
        <translation>red no cargada</translation>
    </message>
    <message>
        <source>(IR off)</source>
        <translation>(IR desactivada)</translation>
    </message>
    <message>
        <source>Digital ternary reference with the same converters: %1 %</source>
        <translation>Referencia ternaria digital con los mismos convertidores: %1 %</translation>
    </message>
    <message>
        <source>No network chosen: the accuracy column is empty.</source>
        <translation>No se ha elegido red: la columna de precisión está vacía.</translation>
    </message>
    <message>
        <source>The network could not be loaded: %1</source>
        <translation>No se pudo cargar la red: %1</translation>
    </message>
    <message>
        <source>Computing the network accuracy per technology in the background…</source>
        <translation>Calculando en segundo plano la precisión de la red por tecnología…</translation>
    </message>
    <message>
        <source>Accuracy of %1 on %2: the first %3 test images × %4 chips per technology (a live estimate; the Network page and &lt;code&gt;aimc technologies&lt;/code&gt; run the full set), IR drop by attenuation map for resistive cells and off for current-source cells (their IR drop is not in the network path). Computed in the background in %5 s.</source>
        <translation>Precisión de %1 en %2: las primeras %3 imágenes de prueba × %4 chips por tecnología (una estimación en vivo; la página Red y &lt;code&gt;aimc technologies&lt;/code&gt; usan el conjunto completo), caída IR por mapa de atenuación en celdas resistivas y desactivada en celdas fuente de corriente (su caída IR no está en la ruta de la red). Calculado en segundo plano en %5 s.</translation>
    </message>
    <message>
        <source>Flash (Table I only)</source>
        <translation>Flash (solo Tabla I)</translation>
    </message>
    <message>
        <source>RRAM (Table I only)</source>
        <translation>RRAM (solo Tabla I)</translation>
    </message>
    <message>
        <source>not modelled</source>
        <translation>sin modelo</translation>
    </message>
    <message>
        <source>paper: %1</source>
        <translation>artículo: %1</translation>
    </message>
</context>
<context>
    <name>aimc::widgets::TechnologySelector</name>
    <message>
        <source>SOT-MRAM</source>
        <translation>SOT-MRAM</translation>
    </message>
    <message>
        <source>STT-MRAM</source>
        <translation>STT-MRAM</translation>
    </message>
    <message>
        <source>Measured devices</source>
        <translation>Dispositivos medidos</translation>
    </message>
    <message>
        <source>IGZO 2T1C gain cell</source>
        <translation>Celda de ganancia IGZO 2T1C</translation>
    </message>
    <message>
        <source>Projection PCM</source>
        <translation>PCM de proyección</translation>
    </message>
    <message>
        <source>&lt;b&gt;Technology&lt;/b&gt; &lt;code&gt;device.technology&lt;/code&gt;&lt;br&gt;The device behind every cell; the device section below shows only its parameters.</source>
        <translation>&lt;b&gt;Tecnología&lt;/b&gt; &lt;code&gt;device.technology&lt;/code&gt;&lt;br&gt;El dispositivo de cada celda; la sección del dispositivo de abajo muestra solo sus parámetros.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Device technology&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tecnología del dispositivo&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n devices</source>
        <translation>
            <numerusform>%1: %n dispositivo</numerusform>
            <numerusform>%1: %n dispositivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AiMC Explorer: analog in-memory computing with MRAM</source>
        <translation>AiMC Explorer: computación analógica en memoria con MRAM</translation>
    </message>
    <message>
        <source>Start in presentation mode.</source>
        <translation>Iniciar en modo presentación.</translation>
    </message>
    <message>
        <source>Save a PNG of the window after the given delay and quit.</source>
        <translation>Guardar un PNG de la ventana tras el retardo indicado y salir.</translation>
    </message>
    <message>
        <source>Milliseconds before the screenshot.</source>
        <translation>Milisegundos antes de la captura de pantalla.</translation>
    </message>
    <message>
        <source>Present this deck (a file, or a shipped deck&apos;s name).</source>
        <translation>Presentar este guion (un archivo o el nombre de un guion incluido).</translation>
    </message>
    <message>
        <source>Start the deck at this step (from 1).</source>
        <translation>Empezar el guion en este paso (desde 1).</translation>
    </message>
    <message>
        <source>Spotlight this plot (its export name) on the page shown.</source>
        <translation>Destacar este gráfico (su nombre de exportación) en la página mostrada.</translation>
    </message>
    <message>
        <source>Window size in pixels, e.g. 1280x720.</source>
        <translation>Tamaño de la ventana en píxeles, p. ej. 1280x720.</translation>
    </message>
    <message>
        <source>Show this page (device, array, precharge, energy, network, technologies).</source>
        <translation>Mostrar esta página (device, array, precharge, energy, network, technologies).</translation>
    </message>
    <message>
        <source>Open this preset (a file, or a shipped preset&apos;s name).</source>
        <translation>Abrir este preajuste (un archivo o el nombre de un preajuste incluido).</translation>
    </message>
</context>
</TS>
